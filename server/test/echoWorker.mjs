// A stand-in conversion worker for the pool's tests: answers with its input, fails on
// request, or exits (as a crashed worker would).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, job, input }) => {
  if (job === 'exit') process.exit(3);
  if (job === 'fail') parentPort.postMessage({ id, error: `failed on ${input}` });
  else parentPort.postMessage({ id, result: input });
});
