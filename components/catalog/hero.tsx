// The home page's welcome band. The landscape is decorative, drawn inline; on phones it is
// anchored to the right so the peaks stay in view below the text.
export function Hero() {
  return (
    <section
      aria-labelledby="hero-title"
      className="relative overflow-hidden rounded-3xl bg-clay-700 text-white"
    >
      <svg
        viewBox="0 0 1200 400"
        aria-hidden="true"
        className="absolute right-0 bottom-0 h-auto w-full min-w-[640px]"
      >
        <circle cx="1030" cy="110" r="50" fill="#e6a077" className="max-sm:hidden" />
        <path
          d="M0 310l140-35 120 25 160-65 120 30 100-50 120 75 120-140 120 110 100-60 100 50v150H0Z"
          fill="#7a3519"
        />
        <path d="m880 150 36 33-18 7-14-9-16 13-12-9-10 4Z" fill="#f9e4d6" />
        <path d="m640 215 30 19-14 4-12-6-14 7-10-6-10-3Z" fill="#f9e4d6" />
        <path d="M0 340l180-30 160 35 200-45 180 40 160-35 180 30 140-20v85H0Z" fill="#5a2918" />
      </svg>
      <div className="relative max-w-xl px-6 pt-8 pb-32 sm:px-10 sm:pt-12 sm:pb-36 lg:pb-16">
        <p className="text-sm font-semibold tracking-widest text-clay-100 uppercase">
          Hecho en Chile
        </p>
        <h1
          id="hero-title"
          className="mt-2 font-display text-3xl leading-tight font-bold sm:text-5xl"
        >
          Sabores y oficios de Chile
        </h1>
        <p className="mt-4 text-base text-clay-50 sm:text-lg">
          Café, merkén, vinos del valle y artesanía del sur, de pequeños productores. Pagas con
          transferencia bancaria, en segundos.
        </p>
      </div>
    </section>
  );
}
