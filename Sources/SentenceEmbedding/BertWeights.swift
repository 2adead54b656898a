/// The shape of a BERT encoder (the values of its `config.json` that the forward pass needs).
public struct BertConfiguration: Sendable, Hashable {
    public var vocabularySize = 30522
    public var hiddenSize = 384
    public var layerCount = 6
    public var headCount = 12
    public var intermediateSize = 1536
    public var maximumPositions = 512
    public var layerNormEpsilon: Float = 1e-12

    /// all-MiniLM-L6-v2's configuration.
    public static let miniLML6 = BertConfiguration()
}

/// A dense layer's weight (`out x in`, row-major, as PyTorch stores it) and bias.
struct DenseWeights: Sendable {
    let weight: [Float]
    let bias: [Float]
    let inputSize: Int
    let outputSize: Int

    init(_ file: SafeTensors, _ prefix: String, input: Int, output: Int) throws(EmbeddingModelError) {
        weight = try file.floats("\(prefix).weight", shape: [output, input])
        bias = try file.floats("\(prefix).bias", shape: [output])
        inputSize = input
        outputSize = output
    }
}

/// A layer normalisation's scale and shift.
struct NormWeights: Sendable {
    let scale: [Float]
    let shift: [Float]

    init(_ file: SafeTensors, _ prefix: String, size: Int) throws(EmbeddingModelError) {
        scale = try file.floats("\(prefix).weight", shape: [size])
        shift = try file.floats("\(prefix).bias", shape: [size])
    }
}

/// One transformer layer of the encoder.
struct EncoderLayerWeights: Sendable {
    let query: DenseWeights
    let key: DenseWeights
    let value: DenseWeights
    let attentionOutput: DenseWeights
    let attentionNorm: NormWeights
    let intermediate: DenseWeights
    let output: DenseWeights
    let outputNorm: NormWeights

    init(_ file: SafeTensors, layer: Int, configuration c: BertConfiguration) throws(EmbeddingModelError) {
        let prefix = "encoder.layer.\(layer)"
        query = try DenseWeights(file, "\(prefix).attention.self.query", input: c.hiddenSize, output: c.hiddenSize)
        key = try DenseWeights(file, "\(prefix).attention.self.key", input: c.hiddenSize, output: c.hiddenSize)
        value = try DenseWeights(file, "\(prefix).attention.self.value", input: c.hiddenSize, output: c.hiddenSize)
        attentionOutput = try DenseWeights(
            file, "\(prefix).attention.output.dense", input: c.hiddenSize, output: c.hiddenSize)
        attentionNorm = try NormWeights(file, "\(prefix).attention.output.LayerNorm", size: c.hiddenSize)
        intermediate = try DenseWeights(
            file, "\(prefix).intermediate.dense", input: c.hiddenSize, output: c.intermediateSize)
        output = try DenseWeights(file, "\(prefix).output.dense", input: c.intermediateSize, output: c.hiddenSize)
        outputNorm = try NormWeights(file, "\(prefix).output.LayerNorm", size: c.hiddenSize)
    }
}

/// Every weight of a BERT encoder, read from a safetensors file and checked against the configuration.
struct BertWeights: Sendable {
    let configuration: BertConfiguration
    let wordEmbeddings: [Float]
    let positionEmbeddings: [Float]
    let tokenTypeEmbeddings: [Float]
    let embeddingNorm: NormWeights
    let layers: [EncoderLayerWeights]

    init(_ file: SafeTensors, configuration c: BertConfiguration) throws(EmbeddingModelError) {
        configuration = c
        wordEmbeddings = try file.floats("embeddings.word_embeddings.weight", shape: [c.vocabularySize, c.hiddenSize])
        positionEmbeddings = try file.floats(
            "embeddings.position_embeddings.weight", shape: [c.maximumPositions, c.hiddenSize])
        tokenTypeEmbeddings = try file.floats("embeddings.token_type_embeddings.weight", shape: [2, c.hiddenSize])
        embeddingNorm = try NormWeights(file, "embeddings.LayerNorm", size: c.hiddenSize)
        var layers: [EncoderLayerWeights] = []
        for index in 0..<c.layerCount {
            layers.append(try EncoderLayerWeights(file, layer: index, configuration: c))
        }
        self.layers = layers
    }
}
