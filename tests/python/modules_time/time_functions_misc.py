# Other time module functions whose results do not depend on the current time.
import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
print(tuple(time.gmtime(86400 * 365)))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1_000_000_000)))
print(time.gmtime(1_700_000_000)[:6])
print(time.asctime(time.gmtime(0)))
print(time.mktime(time.localtime(100000)) == 100000.0)
print(isinstance(time.localtime(), time.struct_time), len(time.gmtime()))
try:
    time.gmtime("x")
except TypeError as e:
    print(type(e).__name__, e)
t = time.gmtime(951782400)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, time.strftime("%A %B %d %Y", t))
print(time.strftime("%j %U %w %y %%", time.gmtime(0)))
print(time.strftime("%H:%M", time.gmtime(3600 * 13 + 60 * 7)))
print(time.gmtime(-86400)[:3], time.gmtime(2 ** 31)[:6])
print(tuple(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)))[:6])
print(time.gmtime(0) == time.gmtime(0), time.gmtime(0) < time.gmtime(1))
