import { describe, expect, it } from 'vitest';
import { anchorText, readableAnchor } from './anchor';

describe('readableAnchor', () => {
  it('splits a model scope key', () => {
    expect(readableAnchor('anthropic.claude-sonnet-4|777788889999|eu-west-1')).toEqual({
      name: 'anthropic.claude-sonnet-4',
      where: 'account 777788889999 · eu-west-1',
    });
  });
  it('names an IAM role without its path', () => {
    expect(readableAnchor('arn:aws:iam::123456789012:role/teams/ai/finops-ai-support')).toEqual({
      name: 'finops-ai-support',
      where: 'IAM role · account 123456789012',
    });
  });
  it('names a guardrail with its account and region', () => {
    expect(anchorText('arn:aws:bedrock:us-east-1:123456789012:guardrail/gr-abc')).toBe(
      'gr-abc (bedrock guardrail · account 123456789012 · us-east-1)',
    );
  });
  it('leaves plain names alone', () => {
    expect(readableAnchor('support-assistant')).toEqual({ name: 'support-assistant' });
  });
});
