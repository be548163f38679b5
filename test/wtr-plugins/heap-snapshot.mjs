// Reads a V8 heap snapshot (HeapProfiler.takeHeapSnapshot JSON) and answers "what keeps objects of
// class X alive?": for each instance, the shortest chain of strong references from a GC root.

/** Parses the flat node and edge arrays into a graph with reverse (retainer) edges. */
function parse(snapshot) {
  const { meta } = snapshot.snapshot;
  const nodeFields = meta.node_fields;
  const edgeFields = meta.edge_fields;
  const nodeSize = nodeFields.length;
  const edgeSize = edgeFields.length;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const { nodes, edges, strings } = snapshot;
  const typeOffset = nodeFields.indexOf('type');
  const nameOffset = nodeFields.indexOf('name');
  const edgeCountOffset = nodeFields.indexOf('edge_count');
  const edgeTypeOffset = edgeFields.indexOf('type');
  const edgeNameOffset = edgeFields.indexOf('name_or_index');
  const edgeToOffset = edgeFields.indexOf('to_node');
  const count = nodes.length / nodeSize;
  const retainers = Array.from({ length: count }, () => []);
  let edgeIndex = 0;
  for (let node = 0; node < count; node += 1) {
    const edgeCount = nodes[node * nodeSize + edgeCountOffset];
    for (let index = 0; index < edgeCount; index += 1, edgeIndex += edgeSize) {
      const type = edgeTypes[edges[edgeIndex + edgeTypeOffset]];
      if (type === 'weak' || type === 'shortcut') continue;
      const to = edges[edgeIndex + edgeToOffset] / nodeSize;
      const nameOrIndex = edges[edgeIndex + edgeNameOffset];
      const name = type === 'element' || type === 'hidden' ? `[${nameOrIndex}]` : strings[nameOrIndex];
      // A WeakMap entry keeps its value only while its key lives (an ephemeron): not a retainer of its own.
      if (typeof name === 'string' && name.includes('part of key')) continue;
      retainers[to].push({ from: node, type, name });
    }
  }
  return {
    count,
    retainers,
    nodeName: (node) => strings[nodes[node * nodeSize + nameOffset]],
    nodeType: (node) => nodeTypes[nodes[node * nodeSize + typeOffset]],
  };
}

/**
 * For up to `limit` objects named `className`, the shortest retainer path from a root, as text
 * lines like `Window -.engines-> Map -[3]-> Engine`. Returns `{ instances, paths }`.
 */
export function retainerPaths(snapshot, className, limit = 5) {
  const graph = parse(snapshot);
  const targets = [];
  for (let node = 0; node < graph.count; node += 1) {
    if (graph.nodeName(node) === className && graph.nodeType(node) !== 'string' && graph.nodeType(node) !== 'code') targets.push(node);
  }
  const paths = [];
  for (const target of targets.slice(0, limit)) {
    // Breadth-first backwards from the target until a root (node 0, or a synthetic "(…)" node).
    const previous = new Map([[target, undefined]]);
    const queue = [target];
    let head = 0;
    let root;
    while (head < queue.length && root === undefined) {
      const node = queue[head++];
      for (const edge of graph.retainers[node]) {
        if (previous.has(edge.from)) continue;
        previous.set(edge.from, { to: node, edge });
        if (edge.from === 0 || graph.nodeType(edge.from) === 'synthetic') {
          root = edge.from;
          break;
        }
        queue.push(edge.from);
      }
    }
    if (root === undefined) {
      paths.push(`${className}: no strong path from a root`);
      continue;
    }
    const parts = [graph.nodeName(root)];
    let node = root;
    while (node !== target) {
      const step = previous.get(node);
      parts.push(`-${step.edge.name}-> ${graph.nodeName(step.to)}`);
      node = step.to;
    }
    paths.push(parts.join(' '));
  }
  return { instances: targets.length, paths };
}

/** How many objects of each class name the snapshot holds. */
export function countInstances(snapshot, classNames) {
  const { meta } = snapshot.snapshot;
  const size = meta.node_fields.length;
  const typeOffset = meta.node_fields.indexOf('type');
  const nameOffset = meta.node_fields.indexOf('name');
  const objectType = meta.node_types[0].indexOf('object');
  const wanted = new Map(classNames.map((name) => [name, 0]));
  for (let index = 0; index < snapshot.nodes.length; index += size) {
    if (snapshot.nodes[index + typeOffset] !== objectType) continue;
    const name = snapshot.strings[snapshot.nodes[index + nameOffset]];
    if (wanted.has(name)) wanted.set(name, wanted.get(name) + 1);
  }
  return Object.fromEntries(wanted);
}
