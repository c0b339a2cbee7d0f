//! The opcode list: one declaration generates the `Op` enum, its names and stack effects, used
//! by codegen (stack depth), `dis`, the interpreter and the JIT.

/// Declares every opcode with its CPython-style name and its stack effect as a function of the
/// argument and whether the jump is taken.
macro_rules! define_opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $pyname:literal, |$a:ident, $j:ident| $eff:expr; )*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op { $( $(#[doc = $doc])* $name, )* }

        impl Op {
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            /// CPython's name for the instruction (what `dis` prints).
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => $pyname,)* }
            }

            /// Net change of the value-stack depth; `jump` selects the branch-taken effect.
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self { $(Op::$name => { let $a = arg as i32; let $j = jump; $eff })* }
            }
        }
    };
}

define_opcodes! {
    /// ( -- )
    Nop = "NOP", |a, j| 0;
    /// (value -- )
    PopTop = "POP_TOP", |a, j| -1;
    /// ( -- NULL)
    PushNull = "PUSH_NULL", |a, j| 1;
    /// (x_n … x_1 -- x_n … x_1 x_n): push a copy of the n-th item
    Copy = "COPY", |a, j| 1;
    /// swap TOS with the n-th item
    Swap = "SWAP", |a, j| 0;
    /// ( -- consts[arg])
    LoadConst = "LOAD_CONST", |a, j| 1;
    /// ( -- locals[arg]); raises UnboundLocalError if unbound
    LoadFast = "LOAD_FAST", |a, j| 1;
    /// (value -- )
    StoreFast = "STORE_FAST", |a, j| -1;
    /// ( -- )
    DeleteFast = "DELETE_FAST", |a, j| 0;
    /// ( -- cell contents)
    LoadDeref = "LOAD_DEREF", |a, j| 1;
    /// (value -- )
    StoreDeref = "STORE_DEREF", |a, j| -1;
    /// ( -- )
    DeleteDeref = "DELETE_DEREF", |a, j| 0;
    /// ( -- cell): pushes the cell object itself (for closures)
    LoadClosure = "LOAD_CLOSURE", |a, j| 1;
    /// ( -- value): class body lookup of a free variable: locals mapping first, then the cell
    LoadClassDeref = "LOAD_CLASSDEREF", |a, j| 1;
    /// ( -- value): locals, globals, builtins
    LoadName = "LOAD_NAME", |a, j| 1;
    /// (value -- )
    StoreName = "STORE_NAME", |a, j| -1;
    /// ( -- )
    DeleteName = "DELETE_NAME", |a, j| 0;
    /// ( -- [NULL] value): arg>>1 is the name; low bit pushes a NULL first
    LoadGlobal = "LOAD_GLOBAL", |a, j| 1 + (a & 1);
    /// (value -- )
    StoreGlobal = "STORE_GLOBAL", |a, j| -1;
    /// ( -- )
    DeleteGlobal = "DELETE_GLOBAL", |a, j| 0;
    /// (obj -- attr)
    LoadAttr = "LOAD_ATTR", |a, j| 0;
    /// (obj -- method self | NULL attr)
    LoadMethod = "LOAD_METHOD", |a, j| 1;
    /// (value obj -- )
    StoreAttr = "STORE_ATTR", |a, j| -2;
    /// (obj -- )
    DeleteAttr = "DELETE_ATTR", |a, j| -1;
    /// (lhs rhs -- result): arg is the operator (see `BinOp`)
    BinaryOp = "BINARY_OP", |a, j| -1;
    /// (value -- -value)
    UnaryNegative = "UNARY_NEGATIVE", |a, j| 0;
    /// (value -- +value)
    UnaryPositive = "UNARY_POSITIVE", |a, j| 0;
    /// (value -- not value)
    UnaryNot = "UNARY_NOT", |a, j| 0;
    /// (value -- ~value)
    UnaryInvert = "UNARY_INVERT", |a, j| 0;
    /// (lhs rhs -- bool-ish): arg is the comparison (see `CmpOp`)
    CompareOp = "COMPARE_OP", |a, j| -1;
    /// (lhs rhs -- bool): `is` / `is not` when arg is 1
    IsOp = "IS_OP", |a, j| -1;
    /// (item container -- bool): `in` / `not in` when arg is 1
    ContainsOp = "CONTAINS_OP", |a, j| -1;
    /// (container key -- value)
    BinarySubscr = "BINARY_SUBSCR", |a, j| -1;
    /// (value container key -- )
    StoreSubscr = "STORE_SUBSCR", |a, j| -3;
    /// (container key -- )
    DeleteSubscr = "DELETE_SUBSCR", |a, j| -2;
    /// (start stop [step] -- slice)
    BuildSlice = "BUILD_SLICE", |a, j| 1 - a;
    /// (items… -- tuple)
    BuildTuple = "BUILD_TUPLE", |a, j| 1 - a;
    /// (items… -- list)
    BuildList = "BUILD_LIST", |a, j| 1 - a;
    /// (items… -- set)
    BuildSet = "BUILD_SET", |a, j| 1 - a;
    /// (k1 v1 … -- dict)
    BuildMap = "BUILD_MAP", |a, j| 1 - 2 * a;
    /// (v1 … keys_tuple -- dict)
    BuildConstKeyMap = "BUILD_CONST_KEY_MAP", |a, j| -a;
    /// (pieces… -- str)
    BuildString = "BUILD_STRING", |a, j| 1 - a;
    /// (list … item -- list …)
    ListAppend = "LIST_APPEND", |a, j| -1;
    /// (set … item -- set …)
    SetAdd = "SET_ADD", |a, j| -1;
    /// (dict … key value -- dict …)
    MapAdd = "MAP_ADD", |a, j| -2;
    /// (list … iterable -- list …)
    ListExtend = "LIST_EXTEND", |a, j| -1;
    /// (set … iterable -- set …)
    SetUpdate = "SET_UPDATE", |a, j| -1;
    /// (dict … mapping -- dict …)
    DictUpdate = "DICT_UPDATE", |a, j| -1;
    /// (callable … dict … mapping -- …): like DICT_UPDATE but errors on duplicate keys
    DictMerge = "DICT_MERGE", |a, j| -1;
    /// (list -- tuple)
    ListToTuple = "LIST_TO_TUPLE", |a, j| 0;
    /// (seq -- items…)
    UnpackSequence = "UNPACK_SEQUENCE", |a, j| a - 1;
    /// (seq -- items… list items…): arg = before | after << 8
    UnpackEx = "UNPACK_EX", |a, j| (a & 0xff) + (a >> 8);
    /// (value [spec] -- str): arg & 3 = conversion (0 none, 1 str, 2 repr, 3 ascii), arg & 4 = spec
    FormatValue = "FORMAT_VALUE", |a, j| if a & 4 != 0 { -1 } else { 0 };
    /// ( -- ): arg is the absolute target
    JumpForward = "JUMP_FORWARD", |a, j| 0;
    /// ( -- ): backward jump (loop back-edge), counted for hotness
    JumpBackward = "JUMP_BACKWARD", |a, j| 0;
    /// (cond -- )
    PopJumpIfFalse = "POP_JUMP_IF_FALSE", |a, j| -1;
    /// (cond -- )
    PopJumpIfTrue = "POP_JUMP_IF_TRUE", |a, j| -1;
    /// (value -- )
    PopJumpIfNone = "POP_JUMP_IF_NONE", |a, j| -1;
    /// (value -- )
    PopJumpIfNotNone = "POP_JUMP_IF_NOT_NONE", |a, j| -1;
    /// (cond -- cond if jump)
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP", |a, j| if j { 0 } else { -1 };
    /// (cond -- cond if jump)
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP", |a, j| if j { 0 } else { -1 };
    /// (iterable -- iterator)
    GetIter = "GET_ITER", |a, j| 0;
    /// (iterator -- iterator next) or pops the iterator and jumps when exhausted
    ForIter = "FOR_ITER", |a, j| if j { -1 } else { 1 };
    /// (NULL|callable callable|self args… kwnames-values… -- result): arg = argc; KW_NAMES precedes for keywords
    Call = "CALL", |a, j| -1 - a;
    /// ( -- ): sets the keyword names (a const tuple) for the next CALL
    KwNames = "KW_NAMES", |a, j| 0;
    /// (NULL|x callable args_tuple [kwargs] -- result)
    CallFunctionEx = "CALL_FUNCTION_EX", |a, j| -2 - (a & 1);
    /// (defaults? kwdefaults? annotations? closure? code -- function): arg flags 1,2,4,8
    MakeFunction = "MAKE_FUNCTION", |a, j| -((a & 1 != 0) as i32) - ((a & 2 != 0) as i32) - ((a & 4 != 0) as i32) - ((a & 8 != 0) as i32);
    /// (value -- )
    ReturnValue = "RETURN_VALUE", |a, j| -1;
    /// (value -- sent)
    YieldValue = "YIELD_VALUE", |a, j| 0;
    /// (receiver value -- receiver result) or jumps with (-- receiver? value) when done
    Send = "SEND", |a, j| if j { -1 } else { 0 };
    /// (iterable -- iterator)
    GetYieldFromIter = "GET_YIELD_FROM_ITER", |a, j| 0;
    /// (value -- awaitable iterator)
    GetAwaitable = "GET_AWAITABLE", |a, j| 0;
    /// (aiterable -- aiterator)
    GetAiter = "GET_AITER", |a, j| 0;
    /// (aiterator -- aiterator awaitable)
    GetAnext = "GET_ANEXT", |a, j| 1;
    /// (aiterator exc -- ): StopAsyncIteration ends the loop, others re-raise
    EndAsyncFor = "END_ASYNC_FOR", |a, j| -2;
    /// (mgr -- exit awaitable)
    BeforeAsyncWith = "BEFORE_ASYNC_WITH", |a, j| 1;
    /// (mgr -- exit value)
    BeforeWith = "BEFORE_WITH", |a, j| 1;
    /// (exit lasti prev exc -- exit lasti prev exc result)
    WithExceptStart = "WITH_EXCEPT_START", |a, j| 1;
    /// (args… -- ): arg 0 re-raises, 1 raises exc, 2 raises exc from cause
    RaiseVarargs = "RAISE_VARARGS", |a, j| -a;
    /// ([lasti] exc -- ): re-raises; arg 1 restores f_lasti from the stack
    Reraise = "RERAISE", |a, j| -1;
    /// (exc -- prev exc)
    PushExcInfo = "PUSH_EXC_INFO", |a, j| 1;
    /// (prev -- )
    PopExcept = "POP_EXCEPT", |a, j| -1;
    /// (exc type -- exc bool)
    CheckExcMatch = "CHECK_EXC_MATCH", |a, j| 0;
    /// (eg type -- rest match)
    CheckEgMatch = "CHECK_EG_MATCH", |a, j| 0;
    /// (orig list -- exc)
    PrepReraiseStar = "PREP_RERAISE_STAR", |a, j| -1;
    /// (value -- ): the REPL's expression statement: calls sys.displayhook
    PrintExpr = "PRINT_EXPR", |a, j| -1;
    /// ( -- __build_class__)
    LoadBuildClass = "LOAD_BUILD_CLASS", |a, j| 1;
    /// ( -- )
    SetupAnnotations = "SETUP_ANNOTATIONS", |a, j| 0;
    /// ( -- AssertionError)
    LoadAssertionError = "LOAD_ASSERTION_ERROR", |a, j| 1;
    /// (level fromlist -- module)
    ImportName = "IMPORT_NAME", |a, j| -1;
    /// (module -- module attr)
    ImportFrom = "IMPORT_FROM", |a, j| 1;
    /// (module -- )
    ImportStar = "IMPORT_STAR", |a, j| -1;
    /// (subject cls names -- attrs|None)
    MatchClass = "MATCH_CLASS", |a, j| -2;
    /// (subject -- subject bool)
    MatchMapping = "MATCH_MAPPING", |a, j| 1;
    /// (subject -- subject bool)
    MatchSequence = "MATCH_SEQUENCE", |a, j| 1;
    /// (subject keys -- subject keys values|None)
    MatchKeys = "MATCH_KEYS", |a, j| 1;
    /// (obj -- obj len)
    GetLen = "GET_LEN", |a, j| 1;
    /// (subject keys -- rest keys)
    CopyDictWithoutKeys = "COPY_DICT_WITHOUT_KEYS", |a, j| 0;
    /// pseudo: protects the following code with the handler at arg
    SetupFinally = "SETUP_FINALLY", |a, j| if j { 1 } else { 0 };
    /// pseudo: like SETUP_FINALLY, handler also gets lasti
    SetupCleanup = "SETUP_CLEANUP", |a, j| if j { 2 } else { 0 };
    /// pseudo: handler for `with` bodies
    SetupWith = "SETUP_WITH", |a, j| if j { 1 } else { 0 };
    /// pseudo: ends the innermost protected region
    PopBlock = "POP_BLOCK", |a, j| 0;
}

impl Op {
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Op::JumpForward
                | Op::JumpBackward
                | Op::PopJumpIfFalse
                | Op::PopJumpIfTrue
                | Op::PopJumpIfNone
                | Op::PopJumpIfNotNone
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop
                | Op::ForIter
                | Op::Send
                | Op::SetupFinally
                | Op::SetupCleanup
                | Op::SetupWith
        )
    }

    pub fn is_unconditional(self) -> bool {
        matches!(self, Op::JumpForward | Op::JumpBackward | Op::ReturnValue | Op::RaiseVarargs | Op::Reraise)
    }

    pub fn is_pseudo(self) -> bool {
        matches!(self, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith | Op::PopBlock)
    }
}

/// Binary operators, in CPython's `BINARY_OP` argument order (the in-place forms add 13).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    And,
    FloorDivide,
    Lshift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    Rshift,
    Subtract,
    TrueDivide,
    Xor,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDivide,
        BinOp::Lshift,
        BinOp::MatrixMultiply,
        BinOp::Multiply,
        BinOp::Remainder,
        BinOp::Or,
        BinOp::Power,
        BinOp::Rshift,
        BinOp::Subtract,
        BinOp::TrueDivide,
        BinOp::Xor,
    ];

    pub fn from_arg(a: u32) -> (BinOp, bool) {
        let inplace = a >= 13;
        (BinOp::ALL[(a % 13) as usize], inplace)
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDivide => "//",
            BinOp::Lshift => "<<",
            BinOp::MatrixMultiply => "@",
            BinOp::Multiply => "*",
            BinOp::Remainder => "%",
            BinOp::Or => "|",
            BinOp::Power => "**",
            BinOp::Rshift => ">>",
            BinOp::Subtract => "-",
            BinOp::TrueDivide => "/",
            BinOp::Xor => "^",
        }
    }

    /// The dunder names: (normal, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Power => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
            BinOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparisons, in CPython's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn from_arg(a: u32) -> CmpOp {
        [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge][(a % 6) as usize]
    }
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    pub fn test<T: PartialOrd>(self, a: T, b: T) -> bool {
        match self {
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        }
    }
}
