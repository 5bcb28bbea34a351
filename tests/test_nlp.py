"""The spaCy layer: long texts cut into parts of whole paragraphs (bounded parse time and memory)."""

from veille.analysis import nlp


def test_nlp_parts_cut_long_texts_after_paragraph_breaks_only():
    paragraphs = [" ".join(f"mot{i}x{j}" for j in range(30)) + "." for i in range(100)]  # 3,000 words
    text = "\n\n".join(paragraphs) + "\n"
    pieces = nlp.parts(text, size=500)
    assert "".join(pieces) == text  # offsets kept
    assert len(pieces) == 6
    for piece in pieces[:-1]:
        assert piece.endswith("\n\n") and not piece[0].isspace()
        assert 500 <= len(piece.split()) < 530


def test_nlp_parts_leave_a_short_text_whole():
    text = "Un paragraphe.\n\nUn autre."
    assert nlp.parts(text, size=500) == [text]


def test_nlp_parts_keep_a_long_paragraph_whole():
    text = " ".join(["mot"] * 3000)  # no paragraph break: no cut inside a sentence
    assert nlp.parts(text, size=500) == [text]
