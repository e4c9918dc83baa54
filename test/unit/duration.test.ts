import assert from 'node:assert/strict';
import { findDurations, formatDays, parseDurationName, parseDurationString, unitDays } from '../../src/core/duration';

describe('durations', () => {
  const strings: [string, number | undefined][] = [
    ['90d', 90],
    ['10m', 10 * (1 / 1440)],
    ['3 years', 3 * 365.25],
    ['2 weeks', 14],
    ['36h', 1.5],
    ['P30D', 30],
    ['soon', undefined],
  ];
  for (const [s, days] of strings) it(`reads '${s}'`, () => assert.equal(parseDurationString(s), days));

  it('reads enum names', () => {
    assert.equal(parseDurationName('ONE_YEAR'), 365.25);
    assert.equal(parseDurationName('EIGHTEEN_MONTHS'), 18 * (365.25 / 12));
    assert.equal(parseDurationName('INFINITE'), Infinity);
    assert.equal(parseDurationName('SOMETHING_ELSE'), undefined);
  });

  it('keeps "ms" as milliseconds (regression: it became minutes)', () => {
    assert.equal(unitDays('ms'), 1 / 86_400_000);
    assert.equal(unitDays('mins'), 1 / 1440);
    assert.equal(unitDays('Days'), 1);
  });

  it('finds durations in prose', () => {
    assert.deepEqual(findDurations('kept for 7 years, or two months after closure').map((d) => d.text), ['7 years', 'two months']);
    assert.deepEqual(findDurations('may be retained indefinitely').map((d) => d.days), [Infinity]);
  });

  it('formats days for messages', () => {
    assert.deepEqual([formatDays(90), formatDays(730.5), formatDays(18 * (365.25 / 12)), formatDays(1 / 24), formatDays(Infinity)], ['90 days', '2 years', '18 months', '1 hour', 'indefinitely']);
  });
});
