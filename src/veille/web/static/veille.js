/* Veille's charts: each <div class="chart" data-kind="..."> is drawn by ECharts (vendored, see
   src/veille/web/assets) from the JSON of the <script type="application/json" id="ID-data"> beside it. */
(function () {
  "use strict";
  var QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict", "unknown"];

  function data(el) {
    return JSON.parse(document.getElementById(el.id + "-data").textContent);
  }
  function months(rows) {
    return rows.map(function (r) { return r.month || "undated"; });
  }
  function go(url) { window.location.href = url; }

  var draw = {
    dyad: function (chart, d) {
      var series = QUADS.map(function (q) {
        return {
          name: q, type: "bar", stack: "events", color: d.colours[q],
          data: d.months.map(function (m) { return (m.by_quad || {})[q] || 0; })
        };
      }).filter(function (s) { return s.data.some(function (v) { return v > 0; }); });
      series.push({
        name: "mean score", type: "line", yAxisIndex: 1, color: "#333", symbolSize: 6,
        data: d.months.map(function (m) { return m.mean_score === null ? null : Math.round(m.mean_score * 100) / 100; })
      });
      chart.setOption({
        tooltip: { trigger: "axis" }, legend: { top: 0 }, grid: { left: 40, right: 40, top: 40, bottom: 30 },
        xAxis: { type: "category", data: months(d.months) },
        yAxis: [{ type: "value", name: "events", minInterval: 1 }, { type: "value", name: "score", min: -10, max: 10 }],
        series: series
      });
    },
    actor: function (chart, rows) {
      chart.setOption({
        tooltip: { trigger: "axis" }, legend: { top: 0 }, grid: { left: 40, right: 20, top: 40, bottom: 30 },
        xAxis: { type: "category", data: months(rows) },
        yAxis: { type: "value", minInterval: 1 },
        series: [
          { name: "as actor", type: "bar", color: "#4e79a7", data: rows.map(function (r) { return r.as_actor; }) },
          { name: "as recipient", type: "bar", color: "#f28e2b", data: rows.map(function (r) { return r.as_recipient; }) }
        ]
      });
    },
    network: function (chart, d) {
      var degree = {};
      d.edges.forEach(function (e) {
        degree[e.source] = (degree[e.source] || 0) + e.count;
        degree[e.target] = (degree[e.target] || 0) + e.count;
      });
      chart.setOption({
        tooltip: {
          formatter: function (p) {
            return p.dataType === "edge"
              ? p.data.source + " → " + p.data.target + ": " + p.data.count + " events (" + p.data.quad + ")"
              : p.data.name + ": " + (degree[p.data.name] || 0) + " events";
          }
        },
        series: [{
          type: "graph", layout: "force", roam: true, draggable: true,
          force: { repulsion: 220, edgeLength: [60, 180], gravity: 0.08 },
          label: { show: true, position: "right" }, edgeSymbol: ["none", "arrow"], edgeSymbolSize: 7,
          data: d.nodes.map(function (n) {
            return { name: n.id, value: degree[n.id] || 0, symbolSize: 8 + Math.min(30, 3 * Math.sqrt(degree[n.id] || 0)) };
          }),
          links: d.edges.map(function (e) {
            return {
              source: e.source, target: e.target, count: e.count, quad: e.quad,
              lineStyle: { color: d.colours[e.quad] || "#999", width: 1 + Math.min(8, Math.sqrt(e.count)), curveness: 0.15, opacity: 0.8 }
            };
          })
        }]
      });
      chart.on("click", function (p) {
        if (p.dataType === "edge") { go("/dyad?a=" + encodeURIComponent(p.data.source) + "&b=" + encodeURIComponent(p.data.target)); }
        else if (p.dataType === "node") { go("/events?actor=" + encodeURIComponent(p.data.name)); }
      });
    },
    map: function (chart, d) {
      fetch("/static/vendor/countries-110m.json").then(function (r) { return r.json(); }).then(function (topo) {
        var world = topojson.feature(topo, topo.objects.countries);
        world.features.forEach(function (f) {  // rings crossing the antimeridian (Fiji, Chukotka) would streak
          if (!f.geometry || f.id === "010") { return; }
          var polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
          polys = polys.filter(function (poly) {
            return !poly[0].some(function (pt, i) { return i > 0 && Math.abs(pt[0] - poly[0][i - 1][0]) > 180; });
          });
          f.geometry = { type: "MultiPolygon", coordinates: polys };
        });
        echarts.registerMap("world", world);
        var byNumeric = {}, points = [];
        d.places.forEach(function (p) {
          if (p.numeric) { byNumeric[p.numeric] = (byNumeric[p.numeric] || 0) + p.count; }
          if (p.lat !== null && p.lon !== null) { points.push({ name: p.name || p.code, value: [p.lon, p.lat, p.count], place: p.id || p.code }); }
        });
        var regions = world.features.map(function (f) {
          return { name: f.properties.name, value: byNumeric[String(f.id)] || 0 };
        });
        var max = Math.max.apply(null, regions.map(function (r) { return r.value; }).concat([1]));
        chart.setOption({
          tooltip: { formatter: function (p) { return p.name + ": " + (Array.isArray(p.value) ? p.value[2] : (p.value || 0)) + " events"; } },
          visualMap: { min: 0, max: max, left: 10, bottom: 10, calculable: true, seriesIndex: 0, inRange: { color: ["#f3f3f3", "#9ecae1", "#08519c"] } },
          geo: { map: "world", roam: true, itemStyle: { borderColor: "#aaa" }, emphasis: { label: { show: false } } },
          series: [
            { type: "map", map: "world", geoIndex: 0, data: regions },
            { type: "scatter", coordinateSystem: "geo", data: points, color: "#e15759",
              symbolSize: function (v) { return 6 + Math.min(24, 3 * Math.sqrt(v[2])); } }
          ]
        });
        chart.on("click", function (p) {
          if (p.seriesType === "scatter" && p.data.place) { go("/events?place=" + encodeURIComponent(p.data.place)); }
        });
        document.body.setAttribute("data-map-ready", "1");
      });
    }
  };

  document.querySelectorAll(".chart[data-kind]").forEach(function (el) {
    if (typeof echarts === "undefined") {
      el.textContent = "Charts need the vendored JavaScript libraries: run `make assets`.";
      return;
    }
    var chart = echarts.init(el, null, { renderer: "canvas" });
    if (navigator.webdriver) { chart.setOption({ animation: false }); }  // browser tests see the final drawing
    draw[el.dataset.kind](chart, data(el));
    window.addEventListener("resize", function () { chart.resize(); });
    el.setAttribute("data-ready", "1");
  });
})();
