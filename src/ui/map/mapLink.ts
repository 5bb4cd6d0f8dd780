// The map's addresses: `#/map`, `#/map/<situation>/<country>`, and `?case=current` to place the
// case kept in this browser on it ("Where does my case sit?"). The result page links here with
// mapHref(data, { fromCase: true }).

export interface MapPlace {
  situation: string | null;
  jurisdiction: string;
}

export interface MapRoute {
  situation: string | null;
  jurisdiction: string | null;
  /** Place the current case (the one saved in this browser) on the map. */
  fromCase: boolean;
}

export function mapHref(place?: MapPlace | null, options: { fromCase?: boolean } = {}): string {
  const query = options.fromCase ? '?case=current' : '';
  if (!place?.situation) return `#/map${query}`;
  return `#/map/${encodeURIComponent(place.situation)}/${encodeURIComponent(place.jurisdiction)}${query}`;
}

/** Reads the part of the hash after `#/map` (PageProps.rest). Never throws. */
export function parseMapRoute(rest: string): MapRoute {
  const [path = '', query = ''] = rest.split('?', 2);
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return '';
      }
    });
  return {
    situation: parts[0] || null,
    jurisdiction: parts[1] || null,
    fromCase: new URLSearchParams(query).get('case') === 'current',
  };
}
