// The countries are the content's: no list of them in the code. A country added to
// jurisdictions.json is accepted everywhere; a scope naming one that is not there is reported.
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/domain/content/checks/references';
import type { Content } from '../../src/domain/content/types';
import { realContent } from '../support/content';

const content = realContent();

function withCountry(c: Content, id: string): Content {
  return {
    ...c,
    jurisdictions: {
      ...c.jurisdictions,
      jurisdictions: [...c.jurisdictions.jurisdictions, { id }],
    },
  };
}

describe('jurisdictions come from the content', () => {
  it('the real content references only its own countries', () => {
    expect(checkReferences(content)).toEqual([]);
  });

  it('a scope naming a country the content does not have is reported, with its place', () => {
    const [first, ...rest] = content.carnet.resources;
    const broken: Content = {
      ...content,
      carnet: { ...content.carnet, resources: [{ ...first!, jurisdiction: 'LU' }, ...rest] },
    };
    expect(checkReferences(broken)).toContainEqual({
      file: 'carnet.json',
      path: 'resources[0].jurisdiction',
      message: 'unknown jurisdiction scope "LU"',
    });
  });

  it('the same scope is accepted once the country is in jurisdictions.json', () => {
    const [first, ...rest] = content.carnet.resources;
    const added = withCountry(content, 'LU');
    const scoped: Content = {
      ...added,
      carnet: { ...added.carnet, resources: [{ ...first!, jurisdiction: 'LU' }, ...rest] },
    };
    expect(checkReferences(scoped)).toEqual([]);
  });
});
