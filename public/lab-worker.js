// The lab's Web Worker (see src/worker.rs): loads the page's own
// WebAssembly and data files, then runs the counties on the latest inputs.
//
// Messages in: {glue, wasm} once (the URLs of the page's wasm-bindgen
// script and module), then {id, query} (the levers and assumptions as a link's query string)
// per change.
// Messages out: {ready: true} or {error}, then {id, values, ms} per run,
// where values is [code, change %, ...] (a Float64Array).
//
// Runs only the latest inputs: after each run it yields once, so that
// every message that arrived meanwhile is read, and runs the newest of
// them (a drag never queues stale runs).
let module = null;
let latest = null;
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
    self.postMessage({ ready: true });
    drain();
  } catch (e) {
    self.postMessage({ error: String(e && e.message ? e.message : e) });
  }
}

async function drain() {
  if (running || !module) return;
  running = true;
  while (latest) {
    const job = latest;
    latest = null;
    const start = performance.now();
    try {
      const values = module.worker_run(job.query);
      self.postMessage({ id: job.id, values, ms: performance.now() - start }, [values.buffer]);
    } catch (e) {
      self.postMessage({ id: job.id, error: String(e) });
    }
    // Let the messages that came in during the run be read.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  running = false;
}

self.onmessage = (event) => {
  if (event.data.glue) {
    load(event.data);
  } else {
    latest = event.data;
    drain();
  }
};
