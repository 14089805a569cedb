// @ts-check
const Sequencer = require('@jest/test-sequencer').default;

/**
 * With --randomize, jest shuffles the tests inside each file; this shuffles the files too, so the
 * suite proves every file creates what it needs. The seed is printed; `npm test -- --seed=<n>`
 * uses n for both the file order and jest's order inside the files.
 */
class RandomFileOrder extends Sequencer {
  sort(tests) {
    const argv = process.argv.join(' ');
    if (!/--randomize\b/.test(argv)) return super.sort(tests);
    const given = /--seed[= ](-?\d+)/.exec(argv);
    let seed = given ? Number(given[1]) : Math.floor(Math.random() * 0x7fffffff);
    process.stderr.write(
      `test files in random order, seed ${seed}${given ? '' : " (the tests inside the files follow jest's own seed, printed at the end as Seed:)"}; ` +
        `npm test -- --seed=<n> fixes both\n`,
    );
    // mulberry32: a small seeded generator, so an order can be replayed
    const next = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const shuffled = [...tests].sort((a, b) => (a.path < b.path ? -1 : 1));
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    return shuffled;
  }
}

module.exports = RandomFileOrder;
