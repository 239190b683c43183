/**
 * A request's body as text, read by the node:http adapter as Express's text parser reads it for
 * the Express one: inflated (gzip, deflate, br), decoded by its charset (UTF-8 by default), and
 * never buffered past a limit (a Content-Length over it is refused before reading anything).
 */
import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

/** Why a body could not be read: too large (413), or unreadable (400, with a message). */
export class BodyError extends Error {
  constructor(
    readonly tooLarge: boolean,
    message: string,
  ) {
    super(message);
  }
}

/** The body text, or undefined when there is none (or it is empty); rejects with a BodyError. */
export function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  if (req.headers["content-length"] === undefined && req.headers["transfer-encoding"] === undefined) return Promise.resolve(undefined);
  const declared = Number(req.headers["content-length"]);
  if (declared > limit) return refuse(req, new BodyError(true, "request entity too large"));
  let decoder: TextDecoder;
  let stream: Readable;
  try {
    decoder = new TextDecoder(charsetOf(req.headers["content-type"]), { fatal: false });
    stream = inflated(req);
  } catch (err) {
    return refuse(req, new BodyError(false, (err as Error).message));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const fail = (err: BodyError) => {
      stream.removeAllListeners("data");
      if (stream !== req) stream.destroy();
      // Whatever is left is read and dropped (within the server's request timeout), so the answer can be sent.
      req.resume();
      reject(err);
    };
    stream.on("data", (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) return fail(new BodyError(true, "request entity too large"));
      chunks.push(chunk);
    });
    stream.once("error", (err) => fail(new BodyError(false, err.message)));
    req.once("close", () => req.complete || fail(new BodyError(false, "request aborted")));
    stream.once("end", () => {
      const text = decoder.decode(Buffer.concat(chunks, length));
      resolve(text === "" ? undefined : text);
    });
  });
}

function refuse(req: IncomingMessage, err: BodyError): Promise<never> {
  req.resume();
  return Promise.reject(err);
}

/** The charset named in Content-Type, UTF-8 without one; throws for one there is no decoder for. */
function charsetOf(contentType: string | undefined): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "")?.[1]?.toLowerCase() ?? "utf-8";
  try {
    new TextDecoder(charset);
  } catch {
    throw new Error(`unsupported charset "${charset.toUpperCase()}"`);
  }
  return charset;
}

function inflated(req: IncomingMessage): Readable {
  const encoding = (req.headers["content-encoding"] ?? "identity").toLowerCase();
  if (encoding === "identity") return req;
  const inflate = encoding === "gzip" ? createGunzip() : encoding === "deflate" ? createInflate() : encoding === "br" ? createBrotliDecompress() : undefined;
  if (inflate === undefined) throw new Error(`unsupported content encoding "${encoding}"`);
  req.on("error", (err) => inflate.destroy(err));
  return req.pipe(inflate);
}
