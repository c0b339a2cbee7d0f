# int() of any bytes-like object (memoryview too), with bytes-literal error reprs.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: int(memoryview(b"123")))
show(lambda: int(memoryview(b" -42 ")))
show(lambda: int(memoryview(b"12x")))
show(lambda: int(memoryview(b"1234")[1:3]))
show(lambda: int(bytearray(b"0")))
show(lambda: int(memoryview(b"12"), 16))
show(lambda: int(b"12", 16))
m = memoryview(b"5")
m.release()
show(lambda: int(m))
show(lambda: int(memoryview(b"123456")[::2]))
