import { BrowserRouter, Route, Routes } from 'react-router';
import { ImportDialog } from '../exchange/ImportDialog.tsx';
import { HomePage } from '../home/HomePage.tsx';
import { EmbedPage } from '../map/EmbedPage.tsx';
import { MapPage } from '../map/MapPage.tsx';

/** The app shell: the home page and the map page, each composed of the features it shows. */
export function App() {
  const home = <HomePage importer={<ImportDialog />} />;
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={home} />
        <Route path="/maps/:mapId" element={<MapPage />} />
        <Route path="/embed/:mapId" element={<EmbedPage />} />
        <Route path="*" element={home} />
      </Routes>
    </BrowserRouter>
  );
}
