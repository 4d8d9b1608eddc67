import { useTheme } from '@mui/material';
import { ComposableMap, Geographies, Geography } from 'react-simple-maps';
import statesUrl from 'us-atlas/states-10m.json?url';
import { US_STATES } from '../../../shared/usAreaCodes';
import { MAP_HEIGHT, MAP_WIDTH } from './mapSize';

const STATE_BY_NAME = new Map(US_STATES.map((state) => [state.name, state.code]));

/** The US states, each shaded by its share of the largest count (`counts` by state code). */
export function StatesMap({ counts, max }: { counts: Map<string, number>; max: number }) {
  const theme = useTheme();
  return (
    <ComposableMap projection="geoAlbersUsa" width={MAP_WIDTH} height={MAP_HEIGHT}>
      <Geographies geography={statesUrl}>
        {({ geographies }) =>
          geographies.map((geography) => {
            const code = STATE_BY_NAME.get(geography.properties?.name as string);
            const count = code ? (counts.get(code) ?? 0) : 0;
            return (
              <Geography
                key={geography.rsmKey}
                geography={geography}
                fill={count ? theme.palette.primary.main : theme.palette.action.disabledBackground}
                fillOpacity={count ? 0.25 + (0.75 * count) / max : 1}
                stroke={theme.palette.background.paper}
                strokeWidth={0.75}
              />
            );
          })
        }
      </Geographies>
    </ComposableMap>
  );
}
