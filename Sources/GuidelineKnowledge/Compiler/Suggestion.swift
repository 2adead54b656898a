/// The compiler's former name for ``DidYouMean``, kept only for the call sites under `Layers/`, which another
/// change owns this round; delete this file once they say `DidYouMean`. ("Suggestion" is FullTextSearch's
/// word for a completion.)
typealias Suggestion = DidYouMean
