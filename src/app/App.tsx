import { BrowserRouter, Route, Routes } from 'react-router';
import { HomePage } from '../home/HomePage.tsx';
import { MapPage } from '../map/MapPage.tsx';

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/maps/:mapId" element={<MapPage />} />
        <Route path="*" element={<HomePage />} />
      </Routes>
    </BrowserRouter>
  );
}
