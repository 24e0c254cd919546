{ a = 1; b = throw "intentional failure"; }
