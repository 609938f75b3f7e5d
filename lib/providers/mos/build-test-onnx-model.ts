// Test support: writes a tiny ONNX model with the DNSMOS interface ([1, 144160] float in, [1, 3] float out) whose
// outputs are a known function of the audio, so the real adapter runs on onnxruntime-node without the real model.
// The protobuf is encoded by hand (varints and length-delimited fields), which is all a ModelProto needs.
import { writeFile } from "node:fs/promises";
import { DNSMOS_WINDOW_SAMPLES } from "./dnsmos-windows";

function varint(n: number): number[] {
  const bytes: number[] = [];
  let v = BigInt(n);
  if (v < 0n) v += 1n << 64n; // int64 two's complement, ten bytes
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    bytes.push(byte);
  } while (v > 0n);
  return bytes;
}

type Field = number[];
const int = (field: number, value: number): Field => [...varint((field << 3) | 0), ...varint(value)];
const bytes = (field: number, value: Uint8Array | number[]): Field => [
  ...varint((field << 3) | 2),
  ...varint(value.length),
  ...value,
];
const str = (field: number, value: string) => bytes(field, [...Buffer.from(value, "utf8")]);
const msg = (field: number, ...fields: Field[]) => bytes(field, fields.flat());

const FLOAT = 1;
const ATTR_INT = 2;
const ATTR_INTS = 7;

// onnx.proto field numbers.
const tensor = (name: string, dims: number[], values: number[]) =>
  msg(
    5,
    ...dims.map((d) => int(1, d)),
    int(2, FLOAT),
    str(8, name),
    bytes(9, [...new Uint8Array(Float32Array.from(values).buffer)]),
  );
const valueInfo = (field: 11 | 12, name: string, dims: number[]) =>
  msg(field, str(1, name), msg(2, msg(1, int(1, FLOAT), msg(2, ...dims.map((d) => msg(1, int(1, d)))))));
const intsAttr = (name: string, values: number[]) =>
  msg(5, str(1, name), ...values.map((v) => int(8, v)), int(20, ATTR_INTS));
const intAttr = (name: string, value: number) => msg(5, str(1, name), int(3, value), int(20, ATTR_INT));
const node = (op: string, inputs: string[], outputs: string[], ...attributes: Field[]) =>
  msg(
    1,
    ...inputs.map((i) => str(1, i)),
    ...outputs.map((o) => str(2, o)),
    str(3, `${op}_${outputs[0]}`),
    str(4, op),
    ...attributes,
  );

/** The toy model's raw outputs for a window: what the tests expect from it. */
export function toyModelRaw(window: Float32Array) {
  let sum = 0;
  let max = 0;
  for (const s of window) {
    const a = Math.abs(s);
    sum += a;
    if (a > max) max = a;
  }
  const mean = sum / window.length;
  return { sig: 1 + 4 * mean, bak: 2 + max, ovrl: 3 + 2 * mean };
}

/**
 * A model computing [SIG, BAK, OVRL] = [1 + 4·mean|x|, 2 + max|x|, 3 + 2·mean|x|] over its input (named `inputName`,
 * [1, 144160]); opset 13, where ReduceMean and ReduceMax take their axes as an attribute.
 */
export async function writeToyDnsmosModel(file: string, inputName = "audio_in") {
  const graph = msg(
    7,
    node("Abs", [inputName], ["abs"]),
    node("ReduceMean", ["abs"], ["mean"], intsAttr("axes", [1]), intAttr("keepdims", 1)),
    node("ReduceMax", ["abs"], ["max"], intsAttr("axes", [1]), intAttr("keepdims", 1)),
    node("Concat", ["mean", "max", "mean"], ["stats"], intAttr("axis", 1)),
    node("Mul", ["stats", "scale"], ["scaled"]),
    node("Add", ["scaled", "offset"], ["scores"]),
    str(2, "toy-dnsmos"),
    tensor("scale", [1, 3], [4, 1, 2]),
    tensor("offset", [1, 3], [1, 2, 3]),
    valueInfo(11, inputName, [1, DNSMOS_WINDOW_SAMPLES]),
    valueInfo(12, "scores", [1, 3]),
  );
  const model = [...int(1, 8), ...str(2, "showrunner-test"), ...graph, ...msg(8, str(1, ""), int(2, 13))];
  await writeFile(file, Uint8Array.from(model));
  return file;
}
