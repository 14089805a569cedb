import { stateMachine } from './state-machine';

type Light = 'RED' | 'GREEN' | 'BLINKING';
const light = stateMachine<Light, 'go' | 'stop' | 'check'>(
  {
    go: { from: ['RED'], to: 'GREEN', why: 'only a red light turns green' },
    stop: { from: ['GREEN', 'BLINKING'], to: 'RED', why: 'it is already red' },
    check: { from: ['RED', 'GREEN'], why: 'a blinking light is out of order' },
  },
  (current, action, step) => `Cannot ${action}: the light is ${current}, and ${step.why}.`,
);

describe('state-machine helper', () => {
  test('a legal step leads to the table\'s state', () => {
    expect(light.transition('RED', 'go')).toBe('GREEN');
    expect(light.transition('BLINKING', 'stop')).toBe('RED');
  });

  test('an illegal step is CONFLICT with the machine\'s sentence', () => {
    expect(() => light.transition('GREEN', 'go')).toThrow(
      expect.objectContaining({ message: 'Cannot go: the light is GREEN, and only a red light turns green.', extensions: expect.objectContaining({ code: 'CONFLICT' }) }),
    );
    expect(light.allows('GREEN', 'go')).toBe(false);
    expect(light.allows('RED', 'go')).toBe(true);
  });

  test('a step without a fixed outcome keeps the state or takes the caller\'s', () => {
    expect(light.transition('GREEN', 'check')).toBe('GREEN');
    expect(light.transition('GREEN', 'check', 'BLINKING')).toBe('BLINKING');
    expect(() => light.transition('RED', 'go', 'BLINKING')).toThrow(/misuse/);
  });
});
