import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initRing, ringModel, type RingCommand, type RingState } from '../ring';
import { Timeline } from './timeline';
import { SimError, type Model } from './model';

const params = { digits: 4, nodes: 12, keys: 6 };

/** The comparable part of a ring state, including where its random stream stands. */
const view = (s: Readonly<RingState>) => ({
	nodes: s.nodes,
	keys: s.keys,
	added: s.added,
	steps: s.steps,
	rng: s.rng.state()
});

type Op =
	| { op: 'forward' }
	| { op: 'back' }
	| { op: 'round' }
	| { op: 'seek'; to: number }
	| { op: 'act'; command: RingCommand };

const op: fc.Arbitrary<Op> = fc.oneof(
	fc.constant({ op: 'forward' } as const),
	fc.constant({ op: 'back' } as const),
	fc.constant({ op: 'round' } as const),
	fc.integer({ min: 0, max: 40 }).map((to) => ({ op: 'seek', to }) as const),
	fc
		.integer({ min: 0, max: 0xffff })
		.map((id) => ({ op: 'act', command: { type: 'add-node', id } }) as const),
	fc
		.string({ maxLength: 6 })
		.map((name) => ({ op: 'act', command: { type: 'add-key', name } }) as const)
);

function run(timeline: Timeline<RingState, RingCommand, unknown & { type: string }>, o: Op): void {
	switch (o.op) {
		case 'forward':
			timeline.forward();
			break;
		case 'back':
			timeline.back();
			break;
		case 'round':
			timeline.forwardRound();
			break;
		case 'seek':
			timeline.seek(o.to);
			break;
		case 'act':
			try {
				timeline.act(o.command);
			} catch (e) {
				if (!(e instanceof SimError)) throw e;
			}
	}
}

/** A counter that counts one per step, with rounds of three steps that `finishRound` takes at once. */
interface Counter {
	value: number;
}
type CounterCommand = { type: 'inc' } | { type: 'finish-round' };
const counter: Model<Counter, CounterCommand, { type: 'counted'; value: number }> = {
	name: 'counter',
	clone: (s) => ({ ...s }),
	next: (s) => (s.value < 20 ? { type: 'inc' } : null),
	finishRound: (s) => (s.value < 20 ? { type: 'finish-round' } : null),
	apply(s, c) {
		s.value = c.type === 'inc' ? s.value + 1 : (Math.floor(s.value / 3) + 1) * 3;
		return [{ type: 'counted', value: s.value }];
	},
	round: (s) => Math.floor(s.value / 3)
};

describe('Timeline', () => {
	it('replays whole rounds taken with finishRound exactly (a link made after "next round")', () => {
		const t = new Timeline(counter, { value: 0 });
		t.forward();
		t.forwardRound();
		t.forwardRound();
		t.forward();
		expect(t.state.value).toBe(7);
		expect(t.position).toBe(4);
		const fresh = Timeline.replay(counter, { value: 0 }, t.userLog(), t.position);
		expect(fresh.state.value).toBe(7);
		expect(fresh.round).toBe(2);
	});

	it('steps forward, back and seeks to exactly the states of a straight run', () => {
		const straight: ReturnType<typeof view>[] = [];
		const t = new Timeline(ringModel, initRing(params, '7'), { checkpointEvery: 4 });
		straight.push(structuredClone(view(t.state)));
		while (t.forward() !== null) straight.push(structuredClone(view(t.state)));
		expect(t.length).toBe(18);
		for (const target of [0, 17, 3, 9, 8, 18, 1, 12]) {
			t.seek(target);
			expect(t.position).toBe(target);
			expect(view(t.state)).toEqual(straight[target]);
		}
		t.seek(5);
		t.back();
		expect(view(t.state)).toEqual(straight[4]);
		expect(t.eventsAt(4)).toEqual([expect.objectContaining({ type: 'node-added' })]);
	});

	it('forks when the user acts, and leaves state unchanged when a command is refused', () => {
		const t = new Timeline(ringModel, initRing(params, '7'));
		for (let i = 0; i < 10; i++) t.forward();
		t.seek(4);
		t.act({ type: 'add-node', id: 0x1234 });
		expect(t.length).toBe(5);
		expect(t.state.nodes).toContain(0x1234);
		const before = view(t.state);
		expect(() => t.act({ type: 'add-node', id: 0x1234 })).toThrow(
			'node 1234 is already in the ring'
		);
		expect(view(t.state)).toEqual(before);
		expect(t.length).toBe(5);
		expect(t.userLog()).toEqual([{ step: 4, command: { type: 'add-node', id: 0x1234 } }]);
	});

	it('equals a fresh replay from the seed after any steps, back-steps, seeks and forks (property)', () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (ops, every) => {
				const t = new Timeline(ringModel, initRing(params, 's'), {
					checkpointEvery: every,
					maxCheckpoints: 3
				});
				for (const o of ops) run(t, o);
				const fresh = Timeline.replay(ringModel, initRing(params, 's'), t.userLog(), t.position);
				expect(fresh.position).toBe(t.position);
				expect(view(fresh.state)).toEqual(view(t.state));
				expect(fresh.round).toBe(t.round);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('Timeline.adopt', () => {
	type Count = { total: number };
	type Add = { type: 'add'; n: number };
	let applied = 0;
	const counter: Model<Count, Add, { type: 'added'; n: number }> = {
		name: 'counter',
		clone: (s) => ({ ...s }),
		next: (s) => (s.total < 1000 ? { type: 'add', n: 1 } : null),
		apply(s, c) {
			applied++;
			s.total += c.n;
			return [{ type: 'added', n: c.n }];
		},
		round: (s) => s.total
	};

	it('records a state computed elsewhere without applying it, exactly on every revisit', () => {
		const t = new Timeline(counter, { total: 0 }, { checkpointEvery: 2 });
		for (let i = 0; i < 3; i++) t.forward();
		applied = 0;
		const events = t.adopt({ type: 'add', n: 100 }, { total: 103 }, [{ type: 'added', n: 100 }]);
		expect(events).toEqual([{ type: 'added', n: 100 }]);
		expect(applied).toBe(0);
		expect(t.state.total).toBe(103);
		expect(t.position).toBe(4);
		expect(t.userLog()).toEqual([{ step: 3, command: { type: 'add', n: 100 } }]);
		t.forward();
		expect(t.state.total).toBe(104);
		expect(applied).toBe(1);
		// Back over the adopted step and forward again: the adopted state is restored, not re-run.
		applied = 0;
		t.seek(2);
		expect(t.state.total).toBe(2);
		t.forward();
		t.forward();
		expect(t.state.total).toBe(103);
		expect(t.eventsAt()).toEqual([{ type: 'added', n: 100 }]);
		t.seek(5);
		expect(t.state.total).toBe(104);
		// Applies: step 2 → 3 once, and step 4 → 5 once; never the adopted step 3 → 4.
		expect(applied).toBe(2);
	});

	it('forks like act (the recorded future goes) and keeps its own copy apart from the working state', () => {
		const t = new Timeline(counter, { total: 0 });
		for (let i = 0; i < 5; i++) t.forward();
		t.seek(2);
		const after = { total: 12 };
		t.adopt({ type: 'add', n: 10 }, after, []);
		expect(t.length).toBe(3);
		t.forward();
		expect(after.total).toBe(12);
		t.back();
		expect(t.state.total).toBe(12);
		// A replay of the log applies the command and lands on the same state.
		const r = Timeline.replay(counter, { total: 0 }, t.userLog(), 3);
		expect(r.state).toEqual(t.state);
	});
});
