print("side_effects: module body runs")
LOADS = []
LOADS.append("loaded")
def register(x):
    LOADS.append(x)
    return len(LOADS)
