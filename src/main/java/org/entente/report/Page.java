package org.entente.report;

/** The report's own style sheet and script, inlined into every page. */
final class Page {
  private Page() {}

  static final String CSS = """
      body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2329;
             max-width: 1100px; margin: 0 auto; padding: 0 1.5rem 3rem; }
      header h1 { margin-bottom: 0; }
      header p, .legend, footer { color: #5b6570; font-size: 13px; }
      #graph { width: 100%; height: 560px; border: 1px solid #d5dbe1; border-radius: 6px;
               background: #fbfcfd; }
      table.quoted { border-collapse: collapse; }
      table.quoted th, table.quoted td { padding: 2px 12px; border-bottom: 1px solid #e3e7eb;
                                         text-align: left; }
      table.quoted td:nth-child(n+3) { text-align: right; }
      article { border-top: 2px solid #d5dbe1; margin-top: 2rem; }
      .chip { display: inline-block; margin: 2px 4px 2px 0; padding: 0 8px; border-radius: 10px;
              color: #fff; font-size: 13px; }
      .kind.STATE { background: #1f6fb2; } .kind.PERSON { background: #d97a0b; }
      .kind.ORGANIZATION { background: #6b7280; } .kind.ALLIANCE { background: #7b3fa0; }
      .legend .kind { color: #fff; padding: 0 6px; border-radius: 8px; }
      .sup-key { color: #2e7d32; font-weight: bold; } .opp-key { color: #c62828; font-weight: bold; }
      .speaker { font-weight: 600; } .qkind { color: #8a939c; font-size: 12px; }
      li.sup b { color: #2e7d32; } li.opp b { color: #c62828; }
      .text { white-space: pre-wrap; background: #fff; border-left: 3px solid #e3e7eb;
              padding: 0 1rem; }
      mark { background: none; color: inherit; }
      mark.q { background: #fff0b3; }
      mark.ev-opp { box-shadow: inset 0 -3px 0 #e57373; }
      mark.ev-sup { box-shadow: inset 0 -3px 0 #66bb6a; }
      mark.tr { font-weight: bold; }
      """;

  static final String JS = """
      (function () {
        var data = JSON.parse(document.getElementById('graph-data').textContent);
        var colours = { STATE: '#1f6fb2', PERSON: '#d97a0b', ORGANIZATION: '#6b7280',
                        ALLIANCE: '#7b3fa0' };
        var cy = cytoscape({
          container: document.getElementById('graph'),
          elements: data.elements,
          style: [
            { selector: 'node', style: {
                'label': 'data(label)', 'font-size': 12, 'text-valign': 'bottom',
                'text-margin-y': 4, 'color': '#1d2329',
                'background-color': function (n) { return colours[n.data('kind')] || '#6b7280'; },
                'width': 'mapData(load, 1, 12, 22, 60)', 'height': 'mapData(load, 1, 12, 22, 60)' } },
            { selector: 'node[kind = "ALLIANCE"]', style: { 'shape': 'round-rectangle' } },
            { selector: 'edge', style: {
                'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
                'width': 'mapData(weight, 1, ' + Math.max(2, data.maxWeight) + ', 1.5, 9)',
                'label': 'data(label)', 'font-size': 11, 'text-background-color': '#fff',
                'text-background-opacity': 0.8 } },
            { selector: 'edge[polarity = "SUPPORT"]', style: {
                'line-color': '#43a047', 'target-arrow-color': '#43a047' } },
            { selector: 'edge[polarity = "OPPOSE"]', style: {
                'line-color': '#e53935', 'target-arrow-color': '#e53935' } },
            { selector: '.faded', style: { 'opacity': 0.15 } }
          ],
          layout: { name: 'preset' }
        });
        cy.nodes().forEach(function (n) {
          n.data('load', n.connectedEdges().reduce(function (s, e) { return s + e.data('weight'); }, 0));
        });
        cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, padding: 30,
                    idealEdgeLength: function () { return 110; }, nodeRepulsion: function () { return 9000; },
                    randomize: true }).run();
        cy.on('tap', 'node', function (e) {
          cy.elements().addClass('faded');
          e.target.closedNeighborhood().removeClass('faded');
        });
        cy.on('tap', function (e) { if (e.target === cy) { cy.elements().removeClass('faded'); } });
        window.ententeGraph = cy;
        document.getElementById('graph').setAttribute('data-nodes', String(cy.nodes().length));
      })();
      """;
}
