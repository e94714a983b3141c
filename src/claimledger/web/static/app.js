// claimledger: link ledger rows and their evidence in the article. No inline script anywhere
// (the Content-Security-Policy forbids it); article text is never parsed as HTML here.
(function () {
  "use strict";

  function segmentsOf(id) {
    return Array.prototype.filter.call(document.querySelectorAll(".seg[data-ids]"), function (s) {
      return s.dataset.ids.split(" ").indexOf(id) !== -1;
    });
  }

  function rowOf(id) {
    return document.querySelector('.row[data-target="' + CSS.escape(id) + '"]');
  }

  function focus(id, scrollArticle, scrollRow) {
    document.querySelectorAll(".focus").forEach(function (e) { e.classList.remove("focus"); });
    var segs = segmentsOf(id);
    segs.forEach(function (s) { s.classList.add("focus"); });
    var row = rowOf(id);
    if (row) { row.classList.add("focus"); }
    if (scrollArticle && segs.length) { segs[0].scrollIntoView({ block: "center", behavior: "smooth" }); }
    if (scrollRow && row) { row.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
    document.body.dataset.focused = id;
    return segs.length;
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target.closest("a")) { return; }
    var row = target.closest(".row[data-target]");
    if (row) {
      focus(row.dataset.target, true, false);
      history.replaceState(null, "", "#ev-" + row.dataset.target);
      return;
    }
    var seg = target.closest(".seg[data-ids]");
    if (seg && seg.closest("#article")) {
      var ids = seg.dataset.ids.split(" ");
      // The last id is the most specific mark (claims and times come after attributions).
      focus(ids[ids.length - 1], false, true);
    }
  });

  document.addEventListener("keydown", function (event) {
    var row = event.target.closest && event.target.closest(".row[data-target]");
    if (row && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      focus(row.dataset.target, true, false);
    }
  });

  // Filters submit as soon as they change.
  document.querySelectorAll("form.autosubmit select, form.autosubmit input[type=radio]").forEach(function (el) {
    el.addEventListener("change", function () { el.form.submit(); });
  });

  function fromHash() {
    var hash = decodeURIComponent(location.hash || "");
    if (hash.indexOf("#ev-") === 0) { focus(hash.slice(4), true, true); }
  }
  window.addEventListener("hashchange", fromHash);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fromHash);
  } else {
    fromHash();
  }
})();
