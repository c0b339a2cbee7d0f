//! The assembler: resolves labels, computes stack depths and exception handlers by flow
//! analysis (turning the SETUP_*/POP_BLOCK pseudo-instructions into the exception table), and
//! builds the final `CodeObject`.

use super::unit::Unit;
use crate::bytecode::{flags, CodeObject, ExcEntry, Instr, Op, Position};
use crate::vm::Vm;
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Handler {
    target: usize,
    depth: u32,
    lasti: bool,
}

pub fn assemble(vm: &mut Vm, mut u: Unit, filename: &str) -> CodeObject {
    let n = u.instrs.len();
    // resolve labels to instruction indices
    let targets: Vec<Option<usize>> = u.instrs.iter().map(|i| i.target.map(|l| u.labels[l.0 as usize].unwrap_or(n))).collect();

    // flow analysis
    let mut depth_at: Vec<Option<u32>> = vec![None; n + 1];
    let mut handler_at: Vec<Option<Handler>> = vec![None; n + 1];
    let mut max_depth: u32 = 0;
    let mut work: Vec<(usize, u32, Rc<Vec<Handler>>)> = vec![(0, 0, Rc::new(Vec::new()))];
    while let Some((mut i, mut depth, mut stack)) = work.pop() {
        loop {
            if i >= n {
                break;
            }
            if depth_at[i].is_some() {
                break;
            }
            depth_at[i] = Some(depth);
            handler_at[i] = stack.last().copied();
            max_depth = max_depth.max(depth);
            let ins = &u.instrs[i];
            let op = ins.op;
            match op {
                Op::SetupFinally | Op::SetupCleanup | Op::SetupWith => {
                    let t = targets[i].unwrap_or(n);
                    let jd = (depth as i32 + op.stack_effect(ins.arg, true)).max(0) as u32;
                    let lasti = op != Op::SetupFinally;
                    let hdepth = jd - 1 - lasti as u32;
                    work.push((t, jd, stack.clone()));
                    let mut s = (*stack).clone();
                    s.push(Handler { target: t, depth: hdepth, lasti });
                    stack = Rc::new(s);
                    i += 1;
                    continue;
                }
                Op::PopBlock => {
                    let mut s = (*stack).clone();
                    s.pop();
                    stack = Rc::new(s);
                    i += 1;
                    continue;
                }
                _ => {}
            }
            if let Some(t) = targets[i] {
                let jd = (depth as i32 + op.stack_effect(ins.arg, true)).max(0) as u32;
                max_depth = max_depth.max(jd);
                work.push((t, jd, stack.clone()));
                if matches!(op, Op::JumpForward | Op::JumpBackward) {
                    break;
                }
            }
            if matches!(op, Op::ReturnValue | Op::RaiseVarargs | Op::Reraise) {
                break;
            }
            let nd = depth as i32 + op.stack_effect(ins.arg, false);
            depth = nd.max(0) as u32;
            max_depth = max_depth.max(depth);
            i += 1;
        }
    }

    // drop pseudo instructions, map indices
    let mut new_index = vec![0usize; n + 1];
    let mut count = 0;
    for (i, ins) in u.instrs.iter().enumerate() {
        new_index[i] = count;
        if !ins.op.is_pseudo() {
            count += 1;
        }
    }
    new_index[n] = count;
    let mut instrs = Vec::with_capacity(count);
    let mut positions = Vec::with_capacity(count);
    let mut handlers: Vec<Option<Handler>> = Vec::with_capacity(count);
    let mut last_pos = Position { line: u.firstlineno, end_line: u.firstlineno, col: Position::NONE, end_col: Position::NONE };
    for (i, ins) in u.instrs.iter().enumerate() {
        if ins.op.is_pseudo() {
            continue;
        }
        let arg = match targets[i] {
            Some(t) => new_index[t] as u32,
            None => ins.arg,
        };
        instrs.push(Instr { op: ins.op, arg });
        let mut pos = if ins.pos.line == 0 { last_pos } else { ins.pos };
        if vm.settings.no_debug_ranges {
            pos.col = Position::NONE;
            pos.end_col = Position::NONE;
        }
        last_pos = pos;
        positions.push(pos);
        handlers.push(handler_at[i].map(|h| Handler { target: new_index[h.target], ..h }));
    }
    // exception table from runs of equal handlers
    let mut table = Vec::new();
    let mut i = 0;
    while i < handlers.len() {
        if let Some(h) = handlers[i] {
            let start = i;
            while i < handlers.len() && handlers[i] == Some(h) {
                i += 1;
            }
            table.push(ExcEntry { start: start as u32, end: i as u32, target: h.target as u32, depth: h.depth, lasti: h.lasti });
        } else {
            i += 1;
        }
    }

    let kind = u.scope.kind;
    use super::symtable::ScopeKind;
    let mut fl = u.flags;
    if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
        fl |= flags::OPTIMIZED | flags::NEWLOCALS;
        if u.scope.has_varargs {
            fl |= flags::VARARGS;
        }
        if u.scope.has_varkw {
            fl |= flags::VARKEYWORDS;
        }
        match (u.scope.is_generator, u.scope.is_coroutine) {
            (true, true) => fl |= flags::ASYNC_GENERATOR,
            (true, false) => fl |= flags::GENERATOR,
            (false, true) => fl |= flags::COROUTINE,
            _ => {}
        }
    }
    if u.freevars.is_empty() && u.cellvars.is_empty() {
        fl |= flags::NOFREE;
    }
    let cell2arg: Vec<Option<u32>> = u
        .cellvars
        .iter()
        .map(|c| {
            let nargs = u.argcount + u.kwonlyargcount + (fl & flags::VARARGS != 0) as u32 + (fl & flags::VARKEYWORDS != 0) as u32;
            u.varnames.iter().take(nargs as usize).position(|v| v == c).map(|p| p as u32)
        })
        .collect();
    let intern = |vm: &mut Vm, s: &str| vm.intern(s);
    let varnames: Vec<_> = std::mem::take(&mut u.varnames).iter().map(|s| intern(vm, s)).collect();
    let cellvars: Vec<_> = u.cellvars.iter().map(|s| intern(vm, s)).collect();
    let freevars: Vec<_> = u.freevars.iter().map(|s| intern(vm, s)).collect();
    let caches = (0..instrs.len()).map(|_| crate::bytecode::InlineCache::default()).collect();
    CodeObject {
        name: vm.intern(&u.name),
        qualname: vm.new_str_obj(&u.qualname),
        filename: vm.intern(filename),
        firstlineno: u.firstlineno,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        flags: fl,
        instrs: instrs.into_boxed_slice(),
        positions: positions.into_boxed_slice(),
        exc_table: table.into_boxed_slice(),
        consts: std::mem::take(&mut u.consts).into_boxed_slice(),
        names: std::mem::take(&mut u.names).into_boxed_slice(),
        varnames: varnames.into_boxed_slice(),
        cellvars: cellvars.into_boxed_slice(),
        freevars: freevars.into_boxed_slice(),
        cell2arg: cell2arg.into_boxed_slice(),
        max_stack: max_depth + 2,
        hotness: Cell::new(0),
        caches,
    }
}
