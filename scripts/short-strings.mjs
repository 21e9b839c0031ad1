// Gives a wasm-bindgen glue a faster way to read short strings out of the wasm. A card hands the
// browser some 300 strings, most of them tag and attribute names and values of a few bytes ("li",
// "class", "part", "section"), and each went through TextDecoder, whose fixed cost per call is far
// more than such a string: a 500-card page spent some 50 ms in it. ASCII strings of up to 6 bytes
// are kept by their bytes (read as one number), other ASCII strings under 32 bytes are built from
// their char codes; the rest, and any with a non-ASCII byte, go to TextDecoder as before.
// The function replaced is wasm-bindgen's, at the Cargo.lock version: if it changes, this fails
// the build rather than leave the glue as it was. Usage: node short-strings.mjs GLUE.js
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
const glue = readFileSync(file, "utf8");
const original = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`;
const faster = `const shortStrings = new Map();
function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
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
const copies = glue.split(original).length - 1;
if (copies !== 1) {
  console.error(`short-strings.mjs: ${file} has ${copies} copies of wasm-bindgen's getStringFromWasm0, not 1: update the patch`);
  process.exit(1);
}
writeFileSync(file, glue.replace(original, faster));
