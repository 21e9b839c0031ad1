//! Renders kept for reuse. A page often shows the same card many times (a code in every row of a
//! table, the same badge in every section): the second time an element asks for a render that
//! one before it already built, its tree is kept as a detached template, and every later element
//! with the same attributes in the same language gets a deep copy of it, one native call instead
//! of the few hundred DOM calls of a build. A render seen only once is not kept: a page of
//! distinct cards pays nothing but a set of their keys. A card has no state of its own (no
//! signal, property or listener: see `WidgetInput::build`), so a copy is the same card; what a
//! reader changes in it later (an opened term) is in the copy, never in the template.

use crate::i18n::Lang;
use std::cell::RefCell;
use web_sys::{DocumentFragment, Node};

/// What a render depends on: the language and the attributes that shape it, with their hash
/// (FNV-1a: std's HashMap and HashSet cost the wasm 6 KB more than these lists).
#[derive(PartialEq, Eq)]
pub struct Key(u64, Lang, String);

impl Key {
    pub fn new(lang: Lang, attributes: &[&str]) -> Key {
        let text = attributes.join("\x1f");
        let hash = lang
            .tag()
            .bytes()
            .chain([0])
            .chain(text.bytes())
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
        Key(hash, lang, text)
    }
}

// Bounds for a page that renders endless distinct inputs (a script typing into `code`): each
// list is emptied when full rather than grown.
const SEEN_MAX: usize = 4096;
const KEPT_MAX: usize = 64;

thread_local! {
    /// The hashes of the keys rendered so far, sorted. A collision only keeps a render once too early.
    static SEEN: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
    static KEPT: RefCell<Vec<(Key, DocumentFragment)>> = const { RefCell::new(Vec::new()) };
}

/// A copy of the kept render of `key`, if there is one.
pub fn copy(key: &Key) -> Option<Node> {
    KEPT.with(|k| k.borrow().iter().find(|(kept, _)| kept == key).and_then(|(_, t)| t.clone_node_with_deep(true).ok()))
}

/// Whether a render of `key` is worth keeping: it was built once before.
pub fn seen_before(key: &Key) -> bool {
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        match s.binary_search(&key.0) {
            Ok(_) => true,
            Err(at) => {
                if s.len() >= SEEN_MAX {
                    s.clear();
                    s.push(key.0);
                } else {
                    s.insert(at, key.0);
                }
                false
            }
        }
    })
}

/// Keeps `template` (built for `key`, never mounted) for later copies.
pub fn keep(key: Key, template: DocumentFragment) {
    KEPT.with(|k| {
        let mut k = k.borrow_mut();
        if k.len() >= KEPT_MAX {
            k.clear();
        }
        k.push((key, template));
    });
}
