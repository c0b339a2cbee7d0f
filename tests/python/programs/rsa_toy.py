# Toy RSA with small primes: key generation, encryption, signatures (number theory with ints).
def is_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    while not is_prime(n):
        n += 1
    return n
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m
p = next_prime(10 ** 12 + 39)
q = next_prime(10 ** 13 + 37)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("p =", p, "q =", q)
print("n =", n, "bits:", n.bit_length())
print("d*e mod phi =", d * e % phi, "matches pow(e, -1, phi):", d == pow(e, -1, phi))
def encode(text):
    return int.from_bytes(text.encode("utf-8"), "big")
def decode(num):
    return num.to_bytes((num.bit_length() + 7) // 8, "big").decode("utf-8")
message = "hi rpy!"
m = encode(message)
c = pow(m, e, n)
print("m =", m, "c =", c)
print("decrypted:", decode(pow(c, d, n)))
sig = pow(encode("signed"), d, n)
print("signature verifies:", pow(sig, e, n) == encode("signed"))
print("tampered verifies:", pow(sig + 1, e, n) == encode("signed"))
print([x for x in range(90, 130) if is_prime(x)])
print(is_prime(2 ** 61 - 1), is_prime(2 ** 61 + 1), is_prime(561), is_prime(1105))
try:
    modinv(6, 9)
except ValueError as err:
    print(type(err).__name__, err)
