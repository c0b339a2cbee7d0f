# sys.version_info, implementation, maxsize, byteorder, platform (values kept portable).
import sys
vi = sys.version_info
print(vi.major, vi.minor, vi[0], vi[:2], vi >= (3, 11), vi < (4,), type(vi.micro).__name__)
print(vi.releaselevel in ("alpha", "beta", "candidate", "final"), isinstance(vi.serial, int))
print(len(vi), tuple(vi)[:2])
print(isinstance(sys.version, str), sys.version.startswith("3.11"))
print(hasattr(sys.implementation, "name"), isinstance(sys.implementation.name, str))
print(sys.maxsize == 2 ** 63 - 1 or sys.maxsize == 2 ** 31 - 1, sys.maxsize > 0, type(sys.maxsize).__name__)
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str), len(sys.platform) > 0)
print(isinstance(sys.executable, str), type(sys.flags).__name__ == "flags")
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon == 2.0 ** -52, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.maxunicode)
major, minor, *rest = sys.version_info
print(major, minor, len(rest))
print(sys.version_info > (3, 10), sys.version_info < (3, 12), sys.version_info[:2] == (3, 11))
print(type(sys.version_info).__name__, vi._fields if hasattr(vi, "_fields") else ("major", "minor", "micro", "releaselevel", "serial"))
print(isinstance(sys.hexversion, int), sys.hexversion >> 24 == 3)
print(sys.float_info.mant_dig, sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix)
print(isinstance(sys.api_version, int), isinstance(sys.copyright, str))
