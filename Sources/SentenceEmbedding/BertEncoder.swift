internal import COpenBLAS
internal import Foundation

/// The forward pass of a BERT encoder over one token sequence (no padding, so no attention mask), with the
/// matrix products in BLAS (`cblas_sgemm`) and the element-wise steps in Swift.
struct BertEncoder: Sendable {
    let weights: BertWeights

    /// The mean of the last layer's token states: the sentence embedding before normalisation.
    /// - Precondition: `ids` is non-empty, at most `maximumPositions` long, every ID in the vocabulary
    ///   (the tokenizer guarantees all three).
    /// - Complexity: O(n·h² + n²·h) for n tokens and hidden size h.
    func meanPooledState(ids: [Int32]) -> [Float] {
        let c = weights.configuration
        let n = ids.count
        let h = c.hiddenSize
        var states = embeddings(ids: ids)
        var scratch = Scratch(tokens: n, configuration: c)
        for layer in weights.layers {
            apply(layer, to: &states, tokens: n, scratch: &scratch)
        }
        var pooled = [Float](repeating: 0, count: h)
        for token in 0..<n {
            for index in 0..<h { pooled[index] += states[token * h + index] }
        }
        let scale = 1 / Float(n)
        return pooled.map { $0 * scale }
    }

    /// Working buffers of one forward pass, reused by every layer.
    private struct Scratch {
        var query, key, value, context, attended, intermediate, scores: [Float]

        init(tokens n: Int, configuration c: BertConfiguration) {
            query = [Float](repeating: 0, count: n * c.hiddenSize)
            key = query
            value = query
            context = query
            attended = query
            intermediate = [Float](repeating: 0, count: n * c.intermediateSize)
            scores = [Float](repeating: 0, count: n * n)
        }
    }

    /// Word + position + token-type embeddings, layer-normalised.
    private func embeddings(ids: [Int32]) -> [Float] {
        let h = weights.configuration.hiddenSize
        var states = [Float](repeating: 0, count: ids.count * h)
        for (position, id) in ids.enumerated() {
            let word = Int(id) * h
            for index in 0..<h {
                states[position * h + index] =
                    weights.wordEmbeddings[word + index]
                    + weights.positionEmbeddings[position * h + index] + weights.tokenTypeEmbeddings[index]
            }
        }
        layerNorm(&states, residual: nil, weights.embeddingNorm, tokens: ids.count)
        return states
    }

    private func apply(_ layer: EncoderLayerWeights, to states: inout [Float], tokens n: Int, scratch s: inout Scratch)
    {
        linear(states, layer.query, tokens: n, into: &s.query)
        linear(states, layer.key, tokens: n, into: &s.key)
        linear(states, layer.value, tokens: n, into: &s.value)
        attention(&s, tokens: n)
        linear(s.context, layer.attentionOutput, tokens: n, into: &s.attended)
        layerNorm(&s.attended, residual: states, layer.attentionNorm, tokens: n)
        linear(s.attended, layer.intermediate, tokens: n, into: &s.intermediate)
        gelu(&s.intermediate)
        linear(s.intermediate, layer.output, tokens: n, into: &states)
        layerNorm(&states, residual: s.attended, layer.outputNorm, tokens: n)
    }

    /// Scaled dot-product self-attention, head by head: `context = softmax(QKᵀ/√d)·V`.
    private func attention(_ s: inout Scratch, tokens n: Int) {
        let c = weights.configuration
        let h = c.hiddenSize
        let d = h / c.headCount
        let scale = 1 / Float(d).squareRoot()
        for head in 0..<c.headCount {
            s.query.withUnsafeBufferPointer { q in
                s.key.withUnsafeBufferPointer { k in
                    s.scores.withUnsafeMutableBufferPointer { scores in
                        cblas_sgemm(
                            CblasRowMajor, CblasNoTrans, CblasTrans, Int32(n), Int32(n), Int32(d), scale,
                            q.baseAddress! + head * d, Int32(h), k.baseAddress! + head * d, Int32(h),
                            0, scores.baseAddress!, Int32(n))
                    }
                }
            }
            softmaxRows(&s.scores, width: n)
            s.scores.withUnsafeBufferPointer { scores in
                s.value.withUnsafeBufferPointer { v in
                    s.context.withUnsafeMutableBufferPointer { context in
                        cblas_sgemm(
                            CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(n), Int32(d), Int32(n), 1,
                            scores.baseAddress!, Int32(n), v.baseAddress! + head * d, Int32(h),
                            0, context.baseAddress! + head * d, Int32(h))
                    }
                }
            }
        }
    }

    /// `output = input · Wᵀ + b` for `tokens` rows.
    private func linear(_ input: [Float], _ dense: DenseWeights, tokens n: Int, into output: inout [Float]) {
        let out = dense.outputSize
        output.withUnsafeMutableBufferPointer { result in
            for row in 0..<n {
                for column in 0..<out { result[row * out + column] = dense.bias[column] }
            }
            input.withUnsafeBufferPointer { x in
                dense.weight.withUnsafeBufferPointer { w in
                    cblas_sgemm(
                        CblasRowMajor, CblasNoTrans, CblasTrans, Int32(n), Int32(out), Int32(dense.inputSize), 1,
                        x.baseAddress!, Int32(dense.inputSize), w.baseAddress!, Int32(dense.inputSize),
                        1, result.baseAddress!, Int32(out))
                }
            }
        }
    }

    /// Row-wise layer normalisation of `values + residual`, in place.
    private func layerNorm(_ values: inout [Float], residual: [Float]?, _ norm: NormWeights, tokens n: Int) {
        let h = weights.configuration.hiddenSize
        let epsilon = weights.configuration.layerNormEpsilon
        values.withUnsafeMutableBufferPointer { x in
            if let residual {
                residual.withUnsafeBufferPointer { r in
                    for index in 0..<(n * h) { x[index] += r[index] }
                }
            }
            for row in 0..<n {
                let start = row * h
                var mean: Float = 0
                for index in start..<(start + h) { mean += x[index] }
                mean /= Float(h)
                var variance: Float = 0
                for index in start..<(start + h) {
                    let centred = x[index] - mean
                    variance += centred * centred
                }
                let inverse = 1 / (variance / Float(h) + epsilon).squareRoot()
                for index in 0..<h {
                    x[start + index] = (x[start + index] - mean) * inverse * norm.scale[index] + norm.shift[index]
                }
            }
        }
    }

    private func softmaxRows(_ values: inout [Float], width: Int) {
        values.withUnsafeMutableBufferPointer { x in
            for row in 0..<(x.count / width) {
                let start = row * width
                var largest = -Float.infinity
                for index in start..<(start + width) { largest = max(largest, x[index]) }
                var sum: Float = 0
                for index in start..<(start + width) {
                    let e = Foundation.exp(x[index] - largest)
                    x[index] = e
                    sum += e
                }
                let inverse = 1 / sum
                for index in start..<(start + width) { x[index] *= inverse }
            }
        }
    }

    /// The exact GELU, `x·Φ(x)`, as BERT uses it.
    private func gelu(_ values: inout [Float]) {
        values.withUnsafeMutableBufferPointer { x in
            for index in x.indices {
                let v = x[index]
                x[index] = 0.5 * v * (1 + Float(Foundation.erf(Double(v) * 0.7071067811865476)))
            }
        }
    }
}
