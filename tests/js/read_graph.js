// Reads GraphML and GEXF files with graphology (the graph library of Gephi Lite) and prints, as
// JSON, what it found in each: its type, node and edge counts, and each node's label.
//
//   node read_graph.js actors.graphml actors.gexf
'use strict';

const fs = require('fs');
const path = require('path');
const Graph = require('graphology');
const graphml = require('graphology-graphml');
const gexf = require('graphology-gexf');

const PARSERS = {'.graphml': graphml, '.gexf': gexf};

function summary(file) {
  const parser = PARSERS[path.extname(file).toLowerCase()];
  if (!parser) throw new Error(`${file}: neither .graphml nor .gexf`);
  const graph = parser.parse(Graph, fs.readFileSync(file, 'utf-8'));
  const labels = {};
  graph.forEachNode((node, attributes) => {
    labels[node] = attributes.label === undefined ? null : attributes.label;
  });
  return {
    file,
    type: graph.type,
    multi: graph.multi,
    nodes: graph.order,
    edges: graph.size,
    labels,
  };
}

const files = process.argv.slice(2);
if (!files.length) {
  process.stderr.write('usage: node read_graph.js FILE.graphml|FILE.gexf...\n');
  process.exit(1);
}
process.stdout.write(JSON.stringify(files.map(summary)) + '\n');
