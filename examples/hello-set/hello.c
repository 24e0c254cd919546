/* The example's one compiled program: prints the greeting whose store path was compiled in. */
#include <stdio.h>

#ifndef GREETING_FILE
#error "GREETING_FILE must name the greeting's file"
#endif

int main(void)
{
    FILE *f = fopen(GREETING_FILE, "r");
    if (!f) {
        perror(GREETING_FILE);
        return 1;
    }
    char line[256];
    while (fgets(line, sizeof line, f)) fputs(line, stdout);
    fclose(f);
    return 0;
}
