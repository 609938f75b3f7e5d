import { describe, expect, it } from "vitest";
import {
  aggregateDnsmos,
  DNSMOS_WINDOW_SAMPLES,
  mapDnsmos,
  polyval,
  tileToWindow,
  windowCount,
  windowStarts,
} from "./dnsmos-windows";

const seconds = (s: number) => Math.round(s * 16_000);

describe("DNSMOS windowing", () => {
  it("counts windows as the reference does: int(floor(len/fs) − 9.01) + 1", () => {
    expect(windowCount(DNSMOS_WINDOW_SAMPLES)).toBe(1);
    expect(windowCount(seconds(9.99))).toBe(1);
    expect(windowCount(seconds(10))).toBe(1);
    expect(windowCount(seconds(10.99))).toBe(1);
    expect(windowCount(seconds(11))).toBe(2);
    expect(windowCount(seconds(20.5))).toBe(11);
    expect(windowCount(seconds(600))).toBe(591);
  });

  it("starts a full-length window every second, never running past the audio", () => {
    const n = seconds(25.3);
    const starts = windowStarts(n);
    expect(starts).toEqual(Array.from({ length: 16 }, (_, i) => i * 16_000));
    expect(starts.at(-1)! + DNSMOS_WINDOW_SAMPLES).toBeLessThanOrEqual(n);
    // Including the hops (7 to 23) whose end the reference's float arithmetic puts one sample short.
    expect(windowStarts(seconds(40))).toHaveLength(31);
  });

  it("tiles short audio onto itself by doubling until it fills a window, and leaves long audio alone", () => {
    const short = Float32Array.from({ length: 50_000 }, (_, i) => i);
    const tiled = tileToWindow(short);
    expect(tiled.length).toBe(200_000); // 50k → 100k → 200k
    expect(tiled[50_000]).toBe(0);
    expect(tiled[149_999]).toBe(49_999);
    expect(windowStarts(tiled.length)).toEqual([0, 16_000, 32_000]);
    const long = new Float32Array(DNSMOS_WINDOW_SAMPLES);
    expect(tileToWindow(long)).toBe(long);
    expect(() => tileToWindow(new Float32Array(0))).toThrow(/empty audio/);
  });
});

describe("DNSMOS mapping", () => {
  it("evaluates polynomials highest power first, like numpy.poly1d", () => {
    expect(polyval([2, -3, 1], 4)).toBe(21);
    expect(polyval([5], 10)).toBe(5);
  });

  it("maps raw SIG/BAK/OVRL with the reference's non-personalized polynomials", () => {
    const mapped = mapDnsmos({ sig: 3, bak: 4, ovrl: 3.5 });
    expect(mapped.sig).toBeCloseTo(-0.08397278 * 9 + 1.22083953 * 3 + 0.0052439, 10);
    expect(mapped.bak).toBeCloseTo(-0.13166888 * 16 + 1.60915514 * 4 - 0.39604546, 10);
    expect(mapped.ovrl).toBeCloseTo(-0.06766283 * 12.25 + 1.11546468 * 3.5 + 0.04602535, 10);
  });

  it("maps each window before averaging (not the average afterwards)", () => {
    const windows = [
      { sig: 2, bak: 2, ovrl: 2 },
      { sig: 4, bak: 4, ovrl: 4 },
    ];
    const result = aggregateDnsmos(windows);
    expect(result.windows).toBe(2);
    expect(result.raw).toEqual({ sig: 3, bak: 3, ovrl: 3 });
    const perWindow = (w: { ovrl: number }) => mapDnsmos({ sig: 0, bak: 0, ovrl: w.ovrl }).ovrl;
    expect(result.ovrl).toBeCloseTo((perWindow(windows[0]!) + perWindow(windows[1]!)) / 2, 12);
    // The mapping is concave, so mapping the mean would read higher.
    expect(result.ovrl).toBeLessThan(mapDnsmos({ sig: 3, bak: 3, ovrl: 3 }).ovrl);
    expect(() => aggregateDnsmos([])).toThrow(/no window/);
  });
});
