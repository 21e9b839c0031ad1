// Makes a wasm-bindgen glue cheaper per call. A page of 500 cards makes some 190,000 calls out of
// the wasm (create a node, set an attribute, insert it) and passes some 140,000 strings; the
// glue's fixed cost per call, not the DOM's, was most of what ours spent beyond a plain-JS element.
// 1. Strings. Most are tag and attribute names, classes and labels: string literals, in the
//    module's data segments, which never change. Those are decoded once and kept by address
//    (the segments' bounds are read from the .wasm). Of the rest (text from the chunks, formatted
//    text), ASCII strings of up to 6 bytes are kept by their bytes, other ASCII strings under 32
//    bytes are built from their char codes, and the rest go to TextDecoder as before.
// 2. Imports that may throw. wasm-bindgen wraps each in `function() { return handleError(function
//    (…) {…}, arguments); }`: a new closure and an `arguments` object per call (createElement,
//    insertBefore, setAttribute). They become one function with a try/catch of its own.
// Each replaced text is wasm-bindgen's at the Cargo.lock version: if it changes, this fails the
// build rather than leave the glue as it was. Usage: node fast-glue.mjs GLUE.js MODULE_bg.wasm
import { readFileSync, writeFileSync } from "node:fs";

const [file, wasmFile] = process.argv.slice(2);
let glue = readFileSync(file, "utf8");
const fail = (why) => {
  console.error(`fast-glue.mjs: ${file}: ${why}: update the patch`);
  process.exit(1);
};

/** The lowest and highest address of the module's active data segments. */
function dataBounds(bytes) {
  let at = 8;
  const uleb = () => {
    let value = 0, shift = 0, byte;
    do {
      byte = bytes[at++];
      value += (byte & 127) * 2 ** shift;
      shift += 7;
    } while (byte & 128);
    return value;
  };
  let low = Infinity, high = 0;
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = uleb();
    const end = at + size;
    if (id === 11) {
      for (let n = uleb(); n > 0; n--) {
        const flags = uleb();
        // Only `i32.const N; end` offsets into memory 0 are expected from rustc and wasm-opt.
        if (flags !== 0 || bytes[at] !== 0x41) fail(`data segment of a kind not handled (flags ${flags})`);
        at++;
        const offset = uleb();
        if (bytes[at++] !== 0x0b) fail("data segment offset is not a constant");
        const length = uleb();
        low = Math.min(low, offset);
        high = Math.max(high, offset + length);
        at += length;
      }
    }
    at = end;
  }
  if (!(high > low)) fail("no data segment found");
  return [low, high];
}

const [low, high] = dataBounds(readFileSync(wasmFile));
const original = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`;
const faster = `const literals = new Map();
const shortStrings = new Map();
function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    if (ptr >= ${low} && ptr + len <= ${high}) {
        // A literal: the same address always holds the same text.
        const key = len * 4294967296 + ptr;
        let s = literals.get(key);
        if (s === undefined) literals.set(key, (s = readString(ptr, len)));
        return s;
    }
    return readString(ptr, len);
}
function readString(ptr, len) {
    if (len < 32) {
        const bytes = getUint8ArrayMemory0();
        if (len <= 6) {
            // The length and up to six 7-bit bytes, as base-128 digits: an exact number.
            let key = len;
            for (let i = ptr; i < ptr + len && key >= 0; i++) key = bytes[i] > 127 ? -1 : key * 128 + bytes[i];
            if (key >= 0) {
                let s = shortStrings.get(key);
                if (s === undefined) {
                    s = String.fromCharCode(...bytes.subarray(ptr, ptr + len));
                    // Input text (a bounce's words) passes here too: the cache stays small.
                    if (shortStrings.size >= 4096) shortStrings.clear();
                    shortStrings.set(key, s);
                }
                return s;
            }
        } else {
            let s = "";
            for (let i = ptr; i < ptr + len && bytes[i] < 128; i++) s += String.fromCharCode(bytes[i]);
            if (s.length === len) return s;
        }
    }
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`;
if (glue.split(original).length !== 2) fail("wasm-bindgen's getStringFromWasm0 is not there once");
glue = glue.replace(original, faster);

const handleError = `function handleError(f, args) {
    try {
        return f.apply(this, args);
    } catch (e) {
        const idx = addToExternrefTable0(e);
        wasm.__wbindgen_exn_store(idx);
    }
}`;
if (glue.split(handleError).length !== 2) fail("wasm-bindgen's handleError is not there once");
let wrapped = 0;
glue = glue.replace(
  /function\(\) \{ return handleError\(function \(([^)]*)\) \{\n([\s\S]*?)\n {8}\}, arguments\); \}/g,
  (_, args, body) => {
    wrapped++;
    return `function (${args}) { try {\n${body}\n        } catch (e) { wasm.__wbindgen_exn_store(addToExternrefTable0(e)); } }`;
  },
);
if (wrapped === 0 || glue.includes("handleError(function")) fail(`${wrapped} imports unwrapped, some left`);
glue = glue.replace(handleError + "\n", "");
writeFileSync(file, glue);
console.log(`${file}: literals at ${low}..${high}, ${wrapped} imports unwrapped`);
