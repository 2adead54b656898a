// `import GuidelineCompiler` is the one import an app needs to compile content and layers and to use what they
// compile: the model, search and exports of `GuidelineKnowledge` come with it. The bundled guidelines
// (`KnowledgeBase.bundled()`) are in `ChildOnlineProtection`, which an app imports as well when it layers
// custom content over them.
@_exported public import GuidelineKnowledge
