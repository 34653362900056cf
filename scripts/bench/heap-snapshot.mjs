// A heap snapshot over CDP, summed by what V8 keeps: compiled code and its hidden classes, versus
// the page's own JS data. The soak uses it to tell JIT growth (bounded by the code that runs) from
// objects the app keeps alive.

/** V8 node types of a snapshot that are machine code, feedback and hidden classes. */
const CODE = new Set(['code', 'object shape']);
/** Blink's C++ objects and the snapshot's own grouping nodes: not in Runtime.getHeapUsage. */
const NOT_JS_HEAP = new Set(['native', 'synthetic']);

/**
 * Takes a snapshot (it collects garbage first) and returns { codeBytes, dataBytes, functions }:
 * `functions` counts V8's SharedFunctionInfos, one per function of the loaded code, so growing
 * code with the same count is the JIT compiling what already ran, not new code kept alive.
 */
export async function heapByKind(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[fields.indexOf('type')];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  let codeBytes = 0;
  let dataBytes = 0;
  let functions = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]];
    if (NOT_JS_HEAP.has(type)) continue;
    if (CODE.has(type)) codeBytes += nodes[i + sizeAt];
    else dataBytes += nodes[i + sizeAt];
    if (strings[nodes[i + nameAt]] === 'system / SharedFunctionInfo') functions++;
  }
  return { codeBytes, dataBytes, functions };
}
