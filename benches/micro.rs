//! Criterion micro benchmarks of the interpreter's hot paths: calls, attribute access through
//! the inline caches, dict stores, string building, and compiling a small module. Each one runs
//! a short Python snippet in an in-process VM (`cargo bench -p rpy-tests --bench micro`).

use criterion::{criterion_group, criterion_main, Criterion};
use rpy_vm::{ObjRef, Vm};

/// A VM with the builtins, and a `__main__` namespace in which `setup` has run.
fn vm_with(setup: &str) -> (Vm, ObjRef) {
    let mut vm = Vm::new();
    rpy_builtins::init(&mut vm);
    let g = vm.new_dict_obj();
    let name = vm.new_str("__main__");
    vm.dict_set_str(&g, "__name__", name);
    if rpy_vm::run::exec_source(&mut vm, setup, "<bench>", &g).is_err() {
        panic!("benchmark setup failed: {setup}");
    }
    (vm, g)
}

/// Benchmarks running `body` (compiled once) in the namespace prepared by `setup`.
fn bench_snippet(c: &mut Criterion, name: &str, setup: &str, body: &str) {
    let (mut vm, g) = vm_with(setup);
    let code = match rpy_vm::run::compile(&mut vm, body, "<bench>", rpy_vm::compiler::Mode::Exec) {
        Ok(code) => code,
        Err(_) => panic!("benchmark body does not compile: {body}"),
    };
    c.bench_function(name, |b| {
        b.iter(|| {
            if rpy_vm::interp::run_code(&mut vm, code.clone(), g.clone(), None).is_err() {
                panic!("benchmark body failed: {body}");
            }
        })
    });
}

fn calls(c: &mut Criterion) {
    bench_snippet(c, "call_python_function_x1000", "def f(a, b):\n    return a\n", "for i in range(1000):\n    f(i, 2)\n");
    bench_snippet(c, "call_builtin_x1000", "", "for i in range(1000):\n    abs(i)\n");
}

fn attributes(c: &mut Criterion) {
    let setup = "class P:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\np = P(1)\n";
    bench_snippet(c, "load_attr_x1000", setup, "for i in range(1000):\n    p.x\n");
    bench_snippet(c, "store_attr_x1000", setup, "for i in range(1000):\n    p.x = i\n");
    bench_snippet(c, "method_call_x1000", setup, "for i in range(1000):\n    p.get()\n");
    bench_snippet(c, "instance_creation_x1000", setup, "for i in range(1000):\n    P(i)\n");
}

fn containers(c: &mut Criterion) {
    bench_snippet(c, "dict_str_keys_x1000", "keys = [str(i) for i in range(100)]\n", "d = {}\nfor i in range(10):\n    for k in keys:\n        d[k] = i\n");
    bench_snippet(c, "list_append_sort_x1000", "", "l = []\nfor i in range(1000):\n    l.append((i * 7919) % 1000)\nl.sort()\n");
    bench_snippet(c, "str_concat_x1000", "", "s = ''\nfor i in range(1000):\n    s = 'a' + str(i)\n");
}

fn compile(c: &mut Criterion) {
    let src =
        "def f(x):\n    if x > 1:\n        return [i * i for i in range(x) if i % 2]\n    return {'a': x}\nclass C:\n    def m(self):\n        return f(3)\n";
    let mut vm = Vm::new();
    rpy_builtins::init(&mut vm);
    c.bench_function("compile_small_module", |b| {
        b.iter(|| {
            if rpy_vm::run::compile(&mut vm, src, "<bench>", rpy_vm::compiler::Mode::Exec).is_err() {
                panic!("benchmark source does not compile");
            }
        })
    });
}

criterion_group!(benches, calls, attributes, containers, compile);
criterion_main!(benches);
