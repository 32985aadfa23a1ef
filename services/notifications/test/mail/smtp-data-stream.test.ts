// nodemailer's SMTP DATA stream (dot-stuffing, CRLF line ends) is patched in this repository
// (patches/nodemailer@10.6.0.patch): it looked at every byte of every message in a JavaScript
// loop, ~0.7 ms of the notifications thread per email in the publish → emails bench. The patched
// stream finds the CR and LF bytes with Buffer#indexOf and looks only at them and the bytes after
// them. Here it must write exactly what upstream's loop wrote, for any bytes, cut anywhere.
import DataStream from 'nodemailer/lib/smtp-connection/data-stream';
import t from 'tap';

/** Upstream nodemailer 10.6.0's loop, kept as the reference. */
function upstream(chunks: Buffer[]): Buffer {
  const out: Buffer[] = [];
  let lastByte: number | false = false;
  for (const chunk of chunks) {
    if (!chunk.length) continue;
    let lastPos = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      const prev = i ? chunk[i - 1] : lastByte;
      let insert: string | false = false;
      if (prev === 0x0d && byte !== 0x0a) insert = byte === 0x2e ? '\n.' : '\n';
      else if (byte === 0x0a && prev !== 0x0d) insert = '\r';
      else if (byte === 0x2e && (prev === 0x0a || prev === false)) insert = '.';
      if (insert) {
        out.push(chunk.subarray(lastPos, i), Buffer.from(insert));
        lastPos = i;
      }
    }
    out.push(chunk.subarray(lastPos));
    lastByte = chunk[chunk.length - 1] ?? lastByte;
  }
  const end = lastByte === 0x0a ? '.\r\n' : lastByte === 0x0d ? '\n.\r\n' : '\r\n.\r\n';
  out.push(Buffer.from(end));
  return Buffer.concat(out);
}

function patched(chunks: Buffer[]): Promise<{ out: Buffer; inBytes: number; outBytes: number }> {
  return new Promise((resolve, reject) => {
    const stream = new DataStream();
    const out: Buffer[] = [];
    stream.on('data', (d: Buffer) => out.push(d));
    stream.on('error', reject);
    stream.on('end', () =>
      resolve({
        out: Buffer.concat(out),
        inBytes: stream.inByteCount,
        outBytes: stream.outByteCount,
      }),
    );
    for (const c of chunks) stream.write(c);
    stream.end();
  });
}

const show = (b: Buffer) => JSON.stringify(b.toString('latin1'));

t.test('lines, dots and bare line ends come out as upstream wrote them', async (t) => {
  const cases: [string, string][] = [
    ['hello', 'hello\r\n.\r\n'],
    ['.leading dot', '..leading dot\r\n.\r\n'],
    ['a\r\n.b\r\n', 'a\r\n..b\r\n.\r\n'],
    ['bare\nlf', 'bare\r\nlf\r\n.\r\n'],
    ['bare\rcr', 'bare\r\ncr\r\n.\r\n'],
    ['smuggle\r.\r\n', 'smuggle\r\n..\r\n.\r\n'],
    ['\r\r\n\n..', '\r\n\r\n\r\n...\r\n.\r\n'],
  ];
  for (const [input, expected] of cases) {
    const { out, inBytes, outBytes } = await patched([Buffer.from(input, 'latin1')]);
    t.equal(show(out), show(Buffer.from(expected, 'latin1')), `${JSON.stringify(input)}`);
    t.equal(inBytes, Buffer.byteLength(input, 'latin1'), 'bytes in counted');
    t.equal(outBytes, out.length, 'bytes out counted');
  }
});

t.test('any bytes, cut anywhere: byte for byte what the upstream loop writes', async (t) => {
  // a fixed pseudo-random sequence, so a failure can be replayed
  let seed = 20261124;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const alphabet = [0x0d, 0x0a, 0x2e, 0x2e, 0x61, 0x20, 0xd8, 0xb3];
  let differing = 0;
  for (let k = 0; k < 3000; k++) {
    const bytes = Buffer.from(Array.from({ length: next(48) }, () => alphabet[next(8)] ?? 0));
    const chunks: Buffer[] = [];
    for (let at = 0; at < bytes.length; ) {
      const end = at + 1 + next(7);
      chunks.push(bytes.subarray(at, end));
      at = end;
      if (next(10) === 0) chunks.push(Buffer.alloc(0));
    }
    const { out, inBytes } = await patched(chunks);
    if (!out.equals(upstream(chunks)) || inBytes !== bytes.length) {
      differing++;
      if (differing <= 3) t.fail(`${show(bytes)} in ${chunks.length} chunks: ${show(out)}`);
    }
  }
  t.equal(differing, 0, '3,000 random inputs, none differs');
});

t.test('the installed nodemailer carries the patch', async (t) => {
  const source = String(DataStream.prototype._transform);
  t.match(source, /indexOf\(0x0a/, 'line ends are found with indexOf (pnpm applied the patch)');
});
