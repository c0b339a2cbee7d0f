//! What `import site` does at start-up that rpy supports (skipped with `-S`): the builtins
//! `exit`, `quit`, `copyright`, `credits`, `license` and `help` (from an embedded
//! `_sitebuiltins` module), and `sys.path` made absolute with duplicates removed
//! (`site.removeduppaths`).

use crate::config::abspath;
use rpy_vm::{Payload, PyResult, Value, Vm};

const SOURCE: &str = include_str!("sitebuiltins.py");

const CREDITS: &str = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information.";

const LICENSE: &str = "See https://www.python.org/psf/license/";

pub fn install(vm: &mut Vm) -> PyResult<()> {
    let m = vm.new_module("_sitebuiltins", None);
    let Payload::Module { dict } = &m.payload else { unreachable!("new_module makes a module") };
    let dict = dict.clone();
    let b = vm.builtins.clone();
    vm.dict_set_str(&dict, "__builtins__", Value::Obj(b));
    let mods = vm.modules.clone();
    vm.dict_set_str(&mods, "_sitebuiltins", Value::Obj(m.clone()));
    rpy_vm::run::exec_source(vm, SOURCE, "<frozen _sitebuiltins>", &dict)?;

    let quitter = vm.dict_get_str(&dict, "Quitter").unwrap_or(Value::None);
    let printer = vm.dict_get_str(&dict, "_Printer").unwrap_or(Value::None);
    let helper = vm.dict_get_str(&dict, "_Helper").unwrap_or(Value::None);
    let eof = vm.new_str("Ctrl-D (i.e. EOF)");
    let bd = vm.builtins_dict.clone();
    for name in ["exit", "quit"] {
        let n = vm.new_str(name);
        let q = vm.call(&quitter, &[n, eof.clone()])?;
        vm.dict_set_str(&bd, name, q);
    }
    let copyright = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, "copyright")).unwrap_or(Value::None);
    let texts = [("copyright", copyright), ("credits", vm.new_str(CREDITS)), ("license", vm.new_str(LICENSE))];
    for (name, text) in texts {
        let n = vm.new_str(name);
        let p = vm.call(&printer, &[n, text])?;
        vm.dict_set_str(&bd, name, p);
    }
    let h = vm.call(&helper, &[])?;
    vm.dict_set_str(&bd, "help", h);
    remove_duplicate_paths(vm);
    Ok(())
}

/// `site.removeduppaths`: every `sys.path` entry made absolute, later duplicates dropped.
fn remove_duplicate_paths(vm: &mut Vm) {
    let Some(sd) = vm.sys_dict.clone() else { return };
    let Some(Value::Obj(list)) = vm.dict_get_str(&sd, "path") else { return };
    let Payload::List(items) = &list.payload else { return };
    let entries: Vec<Value> = items.borrow().clone();
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for v in entries {
        let s = match &v {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => vm.str_of(o),
            _ => {
                out.push(v);
                continue;
            }
        };
        let abs = abspath(&s);
        if !seen.contains(&abs) {
            out.push(vm.new_str(&abs));
            seen.push(abs);
        }
    }
    *items.borrow_mut() = out;
}
