import { describe, expect, it } from "vitest";
import { computeRutCheckDigit, formatRut, isValidRut, normalizeRut } from "@/lib/rut";

describe("computeRutCheckDigit", () => {
  it.each([
    ["11111111", "1"],
    ["12345678", "5"],
    ["1000005", "K"],
    ["1000013", "0"],
    ["7654321", "6"],
  ])("gives %s the check digit %s", (body, digit) => {
    expect(computeRutCheckDigit(body)).toBe(digit);
  });
});

describe("normalizeRut", () => {
  it.each([
    ["12.345.678-5", "12345678-5"],
    ["12345678-5", "12345678-5"],
    ["123456785", "12345678-5"],
    [" 12 345 678 5 ", "12345678-5"],
    ["1.000.005-k", "1000005-K"],
    ["1000005K", "1000005-K"],
    ["01.000.013-0", "1000013-0"],
  ])("reads %j as %s", (input, expected) => {
    expect(normalizeRut(input)).toBe(expected);
  });

  it.each([
    ["12.345.678-4", "a wrong check digit"],
    ["12.345.687-5", "two swapped digits"],
    ["", "nothing"],
    ["5", "a check digit alone"],
    ["0-0", "a zero body"],
    ["123456789-0", "a body over 8 digits"],
    ["12.345.678-X", "a letter other than K"],
    ["abc", "letters"],
  ])("rejects %j (%s)", (input) => {
    expect(normalizeRut(input)).toBeNull();
    expect(isValidRut(input)).toBe(false);
  });
});

describe("formatRut", () => {
  it.each([
    ["123456785", "12.345.678-5"],
    ["1000005-k", "1.000.005-K"],
    ["76086428-5", "76.086.428-5"],
    ["6-k", "6-K"],
  ])("formats %s as %s", (input, expected) => {
    expect(formatRut(input)).toBe(expected);
  });

  it("returns null for an invalid RUT", () => {
    expect(formatRut("12.345.678-0")).toBeNull();
  });
});
