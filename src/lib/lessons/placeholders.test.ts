import { describe, expect, it } from 'vitest';
import { fillFacts, formatFact, placeholdersIn } from './placeholders';

describe('lesson placeholders', () => {
	const facts = { moved: () => 3, sd: () => 1.91666, id: () => 'd467c4', share: () => 0.0123 };

	it.each([
		['{{moved}} keys', '3 keys'],
		['{{moved:Word}} keys move', 'Three keys move'],
		['{{moved:word}}', 'three'],
		['sd {{sd:2}}', 'sd 1.92'],
		['sd {{ sd : 1 }}', 'sd 1.9'],
		['{{share:%1}} dead', '1.2% dead'],
		['at {{id}}', 'at d467c4'],
		['{{sd}}', '1.917'],
		['no placeholder', 'no placeholder']
	])('%s → %s', (text, want) => expect(fillFacts(text, facts)).toBe(want));

	it('names an unknown fact and lists the ones the step offers', () => {
		expect(() => fillFacts('{{nope}}', facts)).toThrow(
			'unknown fact "{{nope}}"; this step offers id, moved, sd, share'
		);
	});

	it('refuses formats that do not fit', () => {
		expect(() => fillFacts('{{id:2}}', facts)).toThrow(
			'fact "{{id}}": a text fact takes no format'
		);
		expect(() => fillFacts('{{sd:word}}', facts)).toThrow('spells whole numbers');
		expect(() => fillFacts('{{sd:x}}', facts)).toThrow('unknown format ":x"');
	});

	it('formats large counts with separators and lists names', () => {
		expect(formatFact(24963, 'int')).toBe('24,963');
		expect(placeholdersIn('{{a}} and {{b:2}}')).toEqual(['a', 'b']);
	});
});
