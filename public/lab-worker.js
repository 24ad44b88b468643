// The lab's Web Worker (see src/worker.rs and src/lab/lab_worker.rs):
// loads the page's own WebAssembly and data files, then runs the lab's
// jobs on the latest inputs.
//
// Messages in: {glue, wasm} once (the URLs of the page's wasm-bindgen
// script and module), then {id, kind, query, unit} per job, where kind is
// 'counties' (every county, on every change) or 'deferred' (the slow pass
// after a pause), query the levers and assumptions as a link's query
// string and unit the place of the slow pass (0: the region).
// Messages out: {error} if the worker cannot run, then {id, kind, values,
// ms} per job run (values: a Float64Array).
//
// Runs only the latest job of each kind, the counties first: after each
// run it yields once, so that every message that arrived meanwhile is
// read (a drag never queues stale runs).
let module = null;
const latest = { counties: null, deferred: null };
let running = false;

const DATA = ['data/atlas.json', 'data/details.json', 'data/cohorts.json'];

async function load({ glue, wasm }) {
  try {
    const m = await import(glue);
    await m.default({ module_or_path: wasm });
    const base = new URL('./', self.location.href);
    const texts = await Promise.all(DATA.map(async (file) => {
      const response = await fetch(new URL(file, base));
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response.text();
    }));
    m.worker_prepare(...texts);
    module = m;
    drain();
  } catch (e) {
    self.postMessage({ error: String(e && e.message ? e.message : e) });
  }
}

function run(job) {
  const start = performance.now();
  const values = job.kind === 'deferred'
    ? module.worker_deferred(job.query, job.unit)
    : module.worker_run(job.query);
  self.postMessage({ id: job.id, kind: job.kind, values, ms: performance.now() - start }, [values.buffer]);
}

async function drain() {
  if (running || !module) return;
  running = true;
  for (;;) {
    const kind = latest.counties ? 'counties' : latest.deferred ? 'deferred' : null;
    if (!kind) break;
    const job = latest[kind];
    latest[kind] = null;
    try {
      run(job);
    } catch (e) {
      self.postMessage({ error: String(e) });
    }
    // Let the messages that came in during the run be read.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  running = false;
}

self.onmessage = (event) => {
  if (event.data.glue) {
    load(event.data);
  } else if (event.data.kind in latest) {
    latest[event.data.kind] = event.data;
    drain();
  }
};
