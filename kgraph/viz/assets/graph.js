/* kgraph interactive picture: canvas force layout, pan, zoom, drag, evidence panel.
   Self-contained and offline: no network access, every text goes in through textContent. */
(function () {
  "use strict";
  var status = document.getElementById("kg-status");
  var errors = [];
  function setStatus(key, value) { status.setAttribute("data-" + key, String(value)); }
  window.addEventListener("error", function (ev) {
    errors.push(String(ev.message || ev));
    setStatus("errors", errors.length);
    setStatus("last-error", errors[errors.length - 1]);
  });

  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var W = 1600, H = 1000;
  var canvas = document.getElementById("kg-canvas");
  var ctx = canvas.getContext("2d");
  var tip = document.getElementById("kg-tip");
  var details = document.getElementById("kg-details");

  var typeStyle = {}, famColour = {};
  DATA.types.forEach(function (t) { typeStyle[t.id] = t; });
  DATA.families.forEach(function (f) { famColour[f.id] = f.colour; });
  var byId = {};
  var nodes = DATA.nodes.map(function (n, i) {
    var node = { d: n, i: i, x: n.x * W, y: (1 - n.y) * H, vx: 0, vy: 0, pinned: false,
                 r: 7 + 24 * Math.sqrt(n.size), comp: i };
    byId[n.id] = node;
    return node;
  });
  var shrink = Math.max(0.4, Math.min(1, Math.sqrt(16 / Math.max(nodes.length, 1))));
  nodes.forEach(function (n) { n.r *= shrink; });
  var edges = DATA.edges.filter(function (e) { return byId[e.s] && byId[e.t]; });

  // components: forces act inside a component only, so the packing made in Python stays
  function find(n) { while (nodes[n.comp] !== n) { n = nodes[n.comp]; } return n; }
  edges.forEach(function (e) {
    var a = find(byId[e.s]), b = find(byId[e.t]);
    if (a !== b) { if (a.i < b.i) { b.comp = a.i; } else { a.comp = b.i; } }
  });
  nodes.forEach(function (n) { n.root = find(n).i; });

  var show = { negated: false, modal: true, families: {} };
  DATA.families.forEach(function (f) { show.families[f.id] = true; });
  var query = "";

  // ---- bundles of visible events (same rule as the static picture) ----
  var bundles = [];
  function dashOf(e) {
    if (e.negated) { return "dotted"; }
    return (e.modality === "planned" || e.modality === "hypothetical") ? "dashed" : "solid";
  }
  function rebuild() {
    var groups = {}, order = [];
    edges.forEach(function (e) {
      var dash = dashOf(e);
      if (e.s === e.t || !show.families[e.family]) { return; }
      if (dash === "dotted" && !show.negated) { return; }
      if (dash === "dashed" && !show.modal) { return; }
      var key = [e.s, e.t, e.family, dash].join("\u0000");
      if (!groups[key]) { groups[key] = { s: byId[e.s], t: byId[e.t], family: e.family, dash: dash, events: [] }; order.push(key); }
      groups[key].events.push(e);
    });
    var pairs = {};
    bundles = order.map(function (k) { return groups[k]; });
    bundles.forEach(function (b) {
      var pk = b.s.d.id < b.t.d.id ? b.s.d.id + "\u0000" + b.t.d.id : b.t.d.id + "\u0000" + b.s.d.id;
      (pairs[pk] = pairs[pk] || []).push(b);
    });
    Object.keys(pairs).forEach(function (pk) {
      var g = pairs[pk], n = g.length;
      g.forEach(function (b, i) {
        var off = (i - (n - 1) / 2) * 0.32;
        b.rad = b.s.d.id < b.t.d.id ? off : -off;
      });
    });
    var degree = {};
    bundles.forEach(function (b) { degree[b.s.d.id] = 1; degree[b.t.d.id] = 1; });
    // actors on no visible line are listed beside the picture instead of floating in it
    nodes.forEach(function (n) { n.visible = bundles.length ? !!degree[n.d.id] : true; });
    var loose = nodes.filter(function (n) { return !n.visible; })
      .map(function (n) { return n.d.label; }).sort();
    K = Math.sqrt(W * H / Math.max(nodes.length - loose.length, 1)) * 0.55;
    var box = document.getElementById("kg-loose");
    box.textContent = loose.length ? loose.join(", ") : "none";
  }

  // ---- force layout (Fruchterman–Reingold inside each component, plus collision) ----
  var temperature = 0;
  var K = 100;  // ideal line length, set from the number of actors drawn in rebuild()
  function tick() {
    var n = nodes.length, i, j, a, b, dx, dy, d, f;
    for (i = 0; i < n; i++) { nodes[i].vx = 0; nodes[i].vy = 0; }
    for (i = 0; i < n; i++) {
      a = nodes[i];
      if (!a.visible) { continue; }
      for (j = i + 1; j < n; j++) {
        b = nodes[j];
        if (!b.visible) { continue; }
        dx = a.x - b.x; dy = a.y - b.y;
        d = Math.sqrt(dx * dx + dy * dy);
        if (d < 0.01) { dx = (i - j) * 0.01; dy = 0.01; d = Math.abs(dx) + 0.01; }
        f = a.root === b.root ? K * K / d : 0;
        var gap = a.r + b.r + 14;
        if (d < gap) { f += (gap - d) * 4; }
        a.vx += dx / d * f; a.vy += dy / d * f;
        b.vx -= dx / d * f; b.vy -= dy / d * f;
      }
    }
    bundles.forEach(function (bd) {
      a = bd.s; b = bd.t;
      dx = a.x - b.x; dy = a.y - b.y;
      d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      f = d * d / K;
      a.vx -= dx / d * f; a.vy -= dy / d * f;
      b.vx += dx / d * f; b.vy += dy / d * f;
    });
    for (i = 0; i < n; i++) {
      a = nodes[i];
      if (a.pinned || a === drag.node) { continue; }
      d = Math.sqrt(a.vx * a.vx + a.vy * a.vy);
      if (d > 0) {
        var step = Math.min(d, temperature);
        a.x += a.vx / d * step; a.y += a.vy / d * step;
      }
    }
    temperature *= 0.93;
  }

  // ---- view: pan and zoom ----
  var view = { s: 1, x: 0, y: 0 };
  var dpr = window.devicePixelRatio || 1;
  function resize() {
    var rect = canvas.getBoundingClientRect();
    dpr = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(rect.width * dpr));
    canvas.height = Math.max(1, Math.round(rect.height * dpr));
  }
  function fit() {
    var vis = nodes.filter(function (n) { return n.visible; });
    if (!vis.length) { vis = nodes; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    vis.forEach(function (n) {
      x0 = Math.min(x0, n.x - n.r); y0 = Math.min(y0, n.y - n.r);
      x1 = Math.max(x1, n.x + n.r + 200); y1 = Math.max(y1, n.y + n.r + 20);
    });
    if (!isFinite(x0)) { x0 = 0; y0 = 0; x1 = W; y1 = H; }
    var cw = canvas.width / dpr, ch = canvas.height / dpr, pad = 30;
    view.s = Math.min((cw - 2 * pad) / Math.max(x1 - x0, 1), (ch - 2 * pad) / Math.max(y1 - y0, 1), 2.5);
    view.x = (cw - (x1 - x0) * view.s) / 2 - x0 * view.s;
    view.y = (ch - (y1 - y0) * view.s) / 2 - y0 * view.s;
  }
  function toWorld(px, py) { return { x: (px - view.x) / view.s, y: (py - view.y) / view.s }; }

  // ---- drawing ----
  var hover = null, selected = null;
  function curve(b) {
    var sx = b.s.x, sy = b.s.y, tx = b.t.x, ty = b.t.y;
    var cx = (sx + tx) / 2 + b.rad * (ty - sy), cy = (sy + ty) / 2 - b.rad * (tx - sx);
    function pull(px, py, qx, qy, r) {
      var dx = qx - px, dy = qy - py, d = Math.sqrt(dx * dx + dy * dy) || 1;
      return [px + dx / d * r, py + dy / d * r];
    }
    var a = pull(sx, sy, cx, cy, b.s.r + 2), z = pull(tx, ty, cx, cy, b.t.r + 3);
    return { ax: a[0], ay: a[1], cx: cx, cy: cy, zx: z[0], zy: z[1] };
  }
  function shapePath(shape, x, y, r) {
    ctx.beginPath();
    if (shape === "circle") { ctx.arc(x, y, r, 0, 2 * Math.PI); return; }
    var sides = { square: 4, triangle: 3, diamond: 4, hexagon: 6, pentagon: 5 }[shape] || 4;
    var rot = { square: Math.PI / 4, triangle: -Math.PI / 2, diamond: 0, hexagon: 0, pentagon: -Math.PI / 2 }[shape] || 0;
    var rr = shape === "square" ? r * 1.25 : shape === "triangle" ? r * 1.3 : r * 1.12;
    for (var k = 0; k < sides; k++) {
      var ang = rot + k * 2 * Math.PI / sides;
      if (k === 0) { ctx.moveTo(x + rr * Math.cos(ang), y + rr * Math.sin(ang)); }
      else { ctx.lineTo(x + rr * Math.cos(ang), y + rr * Math.sin(ang)); }
    }
    ctx.closePath();
  }
  function related(n) {
    if (!hover) { return true; }
    if (n === hover) { return true; }
    return bundles.some(function (b) { return (b.s === hover && b.t === n) || (b.t === hover && b.s === n); });
  }
  // the strongest ties (most events) keep their relation written on the line
  var STRONGEST = 8, strong = null;
  function strongest() {
    if (strong === null) {
      strong = bundles.slice().sort(function (a, b) { return b.events.length - a.events.length; }).slice(0, STRONGEST);
    }
    return strong;
  }
  function tieLabel(b) {
    var counts = {};
    b.events.forEach(function (e) { counts[e.label] = (counts[e.label] || 0) + 1; });
    var best = Object.keys(counts).sort(function (x, y) { return counts[y] - counts[x] || (x < y ? -1 : 1); })[0];
    return (b.dash === "dotted" ? "not " : "") + best + (Object.keys(counts).length > 1 ? " \u2026" : "");
  }
  function draw() {
    var edgeLabels = 0;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(dpr * view.s, 0, 0, dpr * view.s, dpr * view.x, dpr * view.y);
    var drawnEdges = 0, drawnNodes = 0;
    bundles.forEach(function (b) {
      var c = curve(b);
      var faded = hover && b.s !== hover && b.t !== hover;
      ctx.globalAlpha = faded ? 0.12 : 0.85;
      ctx.strokeStyle = famColour[b.family] || "#888";
      ctx.lineWidth = (1.5 + 1.3 * Math.log2(b.events.length)) * (b === selected ? 2 : 1) / view.s;
      ctx.setLineDash(b.dash === "dashed" ? [7 / view.s, 4 / view.s] : b.dash === "dotted" ? [1.5 / view.s, 3 / view.s] : []);
      ctx.beginPath(); ctx.moveTo(c.ax, c.ay); ctx.quadraticCurveTo(c.cx, c.cy, c.zx, c.zy); ctx.stroke();
      ctx.setLineDash([]);
      var dx = c.zx - c.cx, dy = c.zy - c.cy, d = Math.sqrt(dx * dx + dy * dy) || 1, ux = dx / d, uy = dy / d;
      ctx.fillStyle = ctx.strokeStyle;
      var symmetric = b.events.every(function (e) { return e.symmetric; });
      ctx.beginPath(); ctx.moveTo(c.zx, c.zy);
      var ah = 10 / view.s, aw = 4 / view.s;
      ctx.lineTo(c.zx - ux * ah - uy * aw, c.zy - uy * ah + ux * aw);
      ctx.lineTo(c.zx - ux * ah + uy * aw, c.zy - uy * ah - ux * aw);
      ctx.closePath();
      if (!symmetric) { ctx.fill(); }
      var named = strongest().indexOf(b) >= 0 || (hover && !faded);
      if ((b.events.length > 1 || named) && !faded) {
        var mx = 0.25 * c.ax + 0.5 * c.cx + 0.25 * c.zx, my = 0.25 * c.ay + 0.5 * c.cy + 0.25 * c.zy;
        var text = (named ? tieLabel(b) + " " : "") + (b.events.length > 1 ? "\u00d7" + b.events.length : "");
        ctx.globalAlpha = 1;
        ctx.font = "bold " + (11 / view.s).toFixed(1) + "px sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "middle";
        ctx.lineWidth = 3 / view.s; ctx.strokeStyle = "#fff"; ctx.strokeText(text.trim(), mx, my);
        ctx.fillText(text.trim(), mx, my);
        if (named) { edgeLabels++; }
      }
      drawnEdges++;
    });
    ctx.globalAlpha = 1;
    var labelled = 0;
    var order = nodes.filter(function (n) { return n.visible; }).sort(function (a, b) { return b.d.size - a.d.size || a.i - b.i; });
    order.slice().reverse().forEach(function (n) {
      var st = typeStyle[n.d.type] || { colour: "#aaa", shape: "circle" };
      ctx.globalAlpha = related(n) ? 1 : 0.25;
      shapePath(st.shape, n.x, n.y, n.r);
      ctx.fillStyle = st.colour; ctx.fill();
      ctx.lineWidth = (n === hover || (query && n.match) ? 3 : 1.2) / view.s;
      ctx.strokeStyle = query && n.match ? "#d55e00" : "#333"; ctx.stroke();
      drawnNodes++;
    });
    order.forEach(function (n, rank) {
      var show_ = order.length <= 40 || rank < 15 || view.s > 1.3 || n === hover || (query && n.match) || (hover && related(n));
      if (!show_) { return; }
      ctx.globalAlpha = related(n) ? 1 : 0.25;
      var size = Math.max(11, 11 + 4 * n.d.size) / Math.max(view.s, 0.6);
      ctx.font = (rank < 5 ? "bold " : "") + size.toFixed(1) + "px sans-serif";
      ctx.textAlign = "left"; ctx.textBaseline = "middle";
      ctx.lineWidth = 3.5 / view.s; ctx.strokeStyle = "#fff"; ctx.lineJoin = "round";
      ctx.strokeText(n.d.short, n.x + n.r + 4, n.y);
      ctx.fillStyle = "#1a1a1a"; ctx.fillText(n.d.short, n.x + n.r + 4, n.y);
      labelled++;
    });
    ctx.globalAlpha = 1;
    setStatus("state", "ready");
    setStatus("nodes", drawnNodes);
    setStatus("edges", drawnEdges);
    setStatus("labels", labelled);
    setStatus("edgeLabels", edgeLabels);
    setStatus("errors", errors.length);
    status.textContent = drawnNodes + " actors, " + drawnEdges + " lines drawn";
  }

  var pending = false;
  function frame() {
    pending = false;
    if (temperature > 0.3) { tick(); schedule(); }
    draw();
  }
  function schedule() { if (!pending) { pending = true; window.requestAnimationFrame(frame); } }

  // ---- hit testing ----
  function nodeAt(w) {
    var best = null, bd = Infinity;
    nodes.forEach(function (n) {
      if (!n.visible) { return; }
      var d = Math.hypot(n.x - w.x, n.y - w.y);
      if (d < n.r + 4 / view.s && d < bd) { bd = d; best = n; }
    });
    return best;
  }
  function bundleAt(w) {
    var best = null, bd = 7 / view.s;
    bundles.forEach(function (b) {
      var c = curve(b), px = c.ax, py = c.ay;
      for (var k = 1; k <= 16; k++) {
        var t = k / 16, u = 1 - t;
        var qx = u * u * c.ax + 2 * u * t * c.cx + t * t * c.zx, qy = u * u * c.ay + 2 * u * t * c.cy + t * t * c.zy;
        var d = segDist(w.x, w.y, px, py, qx, qy);
        if (d < bd) { bd = d; best = b; }
        px = qx; py = qy;
      }
    });
    return best;
  }
  function segDist(x, y, x1, y1, x2, y2) {
    var dx = x2 - x1, dy = y2 - y1, l = dx * dx + dy * dy;
    var t = l ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / l)) : 0;
    return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
  }

  // ---- DOM helpers (text only through textContent) ----
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function safeUrl(u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null; }
  function fmt(v) { return typeof v === "number" ? (Math.abs(v) < 10 ? v.toFixed(3) : String(v)) : String(v); }

  function showTip(n, px, py) {
    tip.replaceChildren();
    tip.appendChild(el("div", "name", n.d.label));
    var st = typeStyle[n.d.type];
    var rows = [["Type", st ? st.label : (n.d.type || "unknown")]];
    if (n.d.qid) { rows.push(["Wikidata", n.d.qid]); }
    if (n.d.country) { rows.push(["Country", n.d.country]); }
    if (n.d.mentions) { rows.push(["Mentions", n.d.mentions]); }
    Object.keys(n.d.scores).forEach(function (k) { rows.push([k, fmt(n.d.scores[k])]); });
    var table = el("table");
    rows.forEach(function (r) {
      var tr = el("tr"); tr.appendChild(el("td", null, r[0])); tr.appendChild(el("td", null, r[1])); table.appendChild(tr);
    });
    tip.appendChild(table);
    placeTip(px, py);
  }

  function placeTip(px, py) {
    tip.hidden = false;
    var stage = canvas.getBoundingClientRect();
    tip.style.left = Math.max(0, Math.min(px + 14, stage.width - 310)) + "px";
    tip.style.top = Math.max(0, Math.min(py + 14, stage.height - 150)) + "px";
  }
  function showBundleTip(b, px, py) {
    var counts = {};
    b.events.forEach(function (e) { counts[e.label] = (counts[e.label] || 0) + 1; });
    tip.replaceChildren();
    tip.appendChild(el("div", "name", b.s.d.label + " \u2192 " + b.t.d.label));
    Object.keys(counts).sort().forEach(function (k) {
      tip.appendChild(el("div", null, (b.dash === "dotted" ? "not " : "") + k + (counts[k] > 1 ? " \u00d7" + counts[k] : "")));
    });
    tip.appendChild(el("div", "hint", "click for the evidence"));
    placeTip(px, py);
  }
  function eventBlock(e) {
    var box = el("div", "event");
    var s = byId[e.s].d.label, t = byId[e.t].d.label;
    box.appendChild(el("div", "rel", s + " \u2192 " + (e.negated ? "not " : "") + e.label + " \u2192 " + t));
    var tags = el("div");
    if (e.negated) { tags.appendChild(el("span", "tag neg", "negated")); }
    if (e.modality && e.modality !== "asserted") { tags.appendChild(el("span", "tag mod", e.modality)); }
    tags.appendChild(el("span", "tag", e.family));
    if (tags.childNodes.length) { box.appendChild(tags); }
    var meta = [];
    if (e.date) { meta.push(e.date); }
    if (e.cameo) { meta.push("CAMEO " + e.cameo); }
    if (e.plover) { meta.push("PLOVER " + e.plover); }
    if (typeof e.confidence === "number") { meta.push("confidence " + e.confidence.toFixed(2)); }
    box.appendChild(el("div", "meta", meta.join(" \u00b7 ")));
    if (e.sentence) { box.appendChild(el("blockquote", null, e.sentence)); }
    var src = el("div", "meta");
    src.appendChild(document.createTextNode("Source: "));
    var url = safeUrl(e.url);
    if (url) {
      var a = el("a", null, e.docTitle || e.doc || url);
      a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
      src.appendChild(a);
    } else {
      src.appendChild(document.createTextNode(e.docTitle || e.doc || "unknown"));
    }
    box.appendChild(src);
    return box;
  }
  function showBundle(b) {
    details.replaceChildren();
    details.appendChild(el("h2", null, b.events.length + (b.events.length > 1 ? " events" : " event")));
    b.events.slice().sort(function (x, y) { return String(x.date || "").localeCompare(String(y.date || "")) || (x.id < y.id ? -1 : 1); })
      .forEach(function (e) { details.appendChild(eventBlock(e)); });
  }
  function showNode(n) {
    details.replaceChildren();
    details.appendChild(el("h2", null, n.d.label));
    var facts = el("div", "meta");
    var st = typeStyle[n.d.type];
    facts.appendChild(document.createTextNode((st ? st.label : n.d.type) + (n.d.country ? " \u00b7 " + n.d.country : "") + " "));
    if (n.d.qid && /^Q[0-9]+$/.test(n.d.qid)) {
      var a = el("a", null, n.d.qid);
      a.href = "https://www.wikidata.org/wiki/" + n.d.qid; a.target = "_blank"; a.rel = "noopener noreferrer";
      facts.appendChild(a);
    }
    details.appendChild(facts);
    var mine = [];
    bundles.forEach(function (b) { if (b.s === n || b.t === n) { mine = mine.concat(b.events); } });
    mine.forEach(function (e) { details.appendChild(eventBlock(e)); });
  }

  // ---- legend ----
  function legend() {
    var types = document.getElementById("kg-types"), fams = document.getElementById("kg-families");
    DATA.types.forEach(function (t) {
      var row = el("div", "legend-row");
      var sw = el("canvas", "swatch");
      sw.width = sw.height = Math.round(16 * dpr);
      var c2 = sw.getContext("2d"), keep = ctx;
      ctx = c2; c2.setTransform(dpr, 0, 0, dpr, 0, 0);
      shapePath(t.shape, 8, 8, t.shape === "triangle" ? 5.2 : 5.6);
      c2.fillStyle = t.colour; c2.fill(); c2.lineWidth = 1; c2.strokeStyle = "#333"; c2.stroke();
      ctx = keep;
      row.appendChild(sw); row.appendChild(el("span", null, t.label));
      types.appendChild(row);
    });
    function toggle(labelText, checked, lineColour, dash, onChange) {
      var row = el("div", "legend-row"), lab = el("label"), box = el("input");
      box.type = "checkbox"; box.checked = checked;
      box.addEventListener("change", function () { onChange(box.checked); rebuild(); selected = null; temperature = Math.max(temperature, 3); schedule(); });
      var line = el("span", "line " + dash); line.style.borderTopColor = lineColour;
      lab.appendChild(box); lab.appendChild(line); lab.appendChild(el("span", null, labelText));
      row.appendChild(lab); fams.appendChild(row);
    }
    DATA.families.forEach(function (f) {
      toggle(f.label + " (" + f.count + ")", true, f.colour, "solid", function (v) { show.families[f.id] = v; });
    });
    toggle("Planned / hypothetical", true, "#555", "dashed", function (v) { show.modal = v; });
    toggle("Negated", false, "#555", "dotted", function (v) { show.negated = v; });
  }

  // ---- input ----
  var drag = { node: null, pan: false, moved: false, x: 0, y: 0 };
  function local(ev) { var r = canvas.getBoundingClientRect(); return { x: ev.clientX - r.left, y: ev.clientY - r.top }; }
  canvas.addEventListener("pointerdown", function (ev) {
    var p = local(ev), w = toWorld(p.x, p.y);
    drag.node = nodeAt(w); drag.pan = !drag.node; drag.moved = false; drag.x = p.x; drag.y = p.y;
    canvas.setPointerCapture(ev.pointerId);
    canvas.classList.add("dragging");
  });
  canvas.addEventListener("pointermove", function (ev) {
    var p = local(ev), w = toWorld(p.x, p.y);
    if (drag.node || drag.pan) {
      if (Math.abs(p.x - drag.x) + Math.abs(p.y - drag.y) > 3) { drag.moved = true; }
      if (drag.node) { drag.node.x = w.x; drag.node.y = w.y; temperature = Math.max(temperature, 4); }
      else { view.x += p.x - drag.x; view.y += p.y - drag.y; }
      drag.x = p.x; drag.y = p.y;
      tip.hidden = true; schedule(); return;
    }
    var n = nodeAt(w), b = n ? null : bundleAt(w);
    if (n !== hover) { hover = n; schedule(); }
    if (n) { showTip(n, p.x, p.y); } else if (b) { showBundleTip(b, p.x, p.y); } else { tip.hidden = true; }
    canvas.classList.toggle("pointing", !!(n || b));
  });
  canvas.addEventListener("pointerup", function (ev) {
    var p = local(ev), w = toWorld(p.x, p.y);
    if (drag.node && drag.moved) { drag.node.pinned = true; }
    if (!drag.moved) {
      var n = nodeAt(w), b = n ? null : bundleAt(w);
      if (n) { selected = null; showNode(n); } else if (b) { selected = b; showBundle(b); }
      else { selected = null; details.replaceChildren(); }
    }
    drag.node = null; drag.pan = false;
    canvas.classList.remove("dragging");
    schedule();
  });
  canvas.addEventListener("pointerleave", function () { hover = null; tip.hidden = true; schedule(); });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = local(ev), w = toWorld(p.x, p.y);
    var k = Math.exp(-ev.deltaY * 0.0015);
    view.s = Math.max(0.05, Math.min(20, view.s * k));
    view.x = p.x - w.x * view.s; view.y = p.y - w.y * view.s;
    schedule();
  }, { passive: false });
  canvas.addEventListener("dblclick", function (ev) {
    var p = local(ev), n = nodeAt(toWorld(p.x, p.y));
    if (n) { n.pinned = false; temperature = Math.max(temperature, 4); } else { fit(); }
    schedule();
  });
  var search = document.getElementById("kg-search");
  search.addEventListener("input", function () {
    query = search.value.trim().toLowerCase();
    nodes.forEach(function (n) {
      n.match = !!query && (n.d.label.toLowerCase().indexOf(query) >= 0 || String(n.d.qid || "").toLowerCase() === query);
    });
    schedule();
  });
  window.addEventListener("resize", function () { resize(); fit(); schedule(); });

  // #actor=<id> or #event=<id> opens that actor's or event's details: a link can point at evidence
  function fromHash() {
    var m = /^#(actor|event)=(.+)$/.exec(window.location.hash);
    if (!m) { return; }
    var id = decodeURIComponent(m[2]);
    if (m[1] === "actor" && byId[id]) { showNode(byId[id]); return; }
    for (var k = 0; k < bundles.length; k++) {
      if (bundles[k].events.some(function (e) { return e.id === id; })) {
        selected = bundles[k]; showBundle(bundles[k]); return;
      }
    }
  }
  window.addEventListener("hashchange", function () { fromHash(); schedule(); });

  legend();
  rebuild();
  resize();
  temperature = W * 0.01;
  for (var warm = 0; warm < 60; warm++) { tick(); }
  fit();
  fromHash();
  draw();
  schedule();
})();
