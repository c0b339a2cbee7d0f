# rpy: full-stderr
# A three-exception chain mixing an explicit cause and an implicit context.
def step1(data):
    return data["payload"]
def step2(data):
    try:
        return step1(data)
    except KeyError as e:
        raise ValueError("step2 failed") from e
def step3(data):
    try:
        return step2(data)
    except ValueError:
        raise RuntimeError("step3 failed")
print(step3({"payload": 42}))
try:
    step2({})
except ValueError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
print("starting")
step3({})
