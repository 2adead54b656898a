public import FullTextSearch

/// A note from the query parser: what it changed or cut in a query (an unbalanced quote, an over-long
/// query, an unknown field). The search engine's type, named here so that `import ChildOnlineProtection`
/// is enough to use it.
public typealias QueryNote = FullTextSearch.QueryNote

/// How many matching records hold one facet value. The search engine's type, named here so that
/// `import ChildOnlineProtection` is enough to use it.
public typealias FacetCount = FullTextSearch.FacetCount
